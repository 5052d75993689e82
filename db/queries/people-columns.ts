import { people } from '@/db/schema';
import type { privatePersonFields } from '@/lib/people/model';

/** A person's own fields as read for anyone who may see the roster. */
export const publicPersonColumns = {
  id: people.id,
  version: people.version,
  name: people.name,
  gender: people.gender,
  ethnicity: people.ethnicity,
  birthDate: people.birthDate,
  education: people.education,
  unit: people.unit,
  post: people.post,
  politicalStatus: people.politicalStatus,
  probationaryDate: people.probationaryDate,
  fullMemberDate: people.fullMemberDate,
  groupId: people.groupId,
  committeeTitle: people.committeeTitle,
};

/** The fields only `members.read_private` (or the person themself) may see. */
export const privatePersonColumns = {
  idNumber: people.idNumber,
  phone: people.phone,
  address: people.address,
} satisfies Record<(typeof privatePersonFields)[number], unknown>;

/**
 * What the development rules read of a person: the birth date, or the ID number it is taken from, for
 * the age checks, and the status with its dates, which the recorded steps keep in agreement
 * (syncMembership). Every read that feeds the rules selects this one set.
 */
export const developmentPersonColumns = {
  birthDate: people.birthDate,
  idNumber: people.idNumber,
  politicalStatus: people.politicalStatus,
  probationaryDate: people.probationaryDate,
  fullMemberDate: people.fullMemberDate,
};
