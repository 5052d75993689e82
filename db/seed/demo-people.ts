import type { Gender, PoliticalStatus } from '@/lib/domain/people';

export type DemoPerson = {
  name: string;
  gender: Gender;
  ethnicity: string;
  birthDate: string;
  education: string;
  post: string;
  status: PoliticalStatus;
  probationaryDate?: string;
  fullMemberDate?: string;
  group: number;
  committeeTitle?: string;
  username?: string;
  role?: 'secretary' | 'committee' | 'member';
};

/** 旗统计局党支部: the branch the 2023 duty report is produced for. */
export const statisticsBureau: DemoPerson[] = [
  { name: '孟庆华', gender: 'male', ethnicity: '汉族', birthDate: '1975-03-12', education: '大学本科', post: '局长', status: 'full', probationaryDate: '2001-06-20', fullMemberDate: '2002-06-20', group: 0, committeeTitle: '书记', username: 'shuji', role: 'secretary' },
  { name: '李娜', gender: 'female', ethnicity: '汉族', birthDate: '1984-09-05', education: '大学本科', post: '综合股股长', status: 'full', probationaryDate: '2008-07-01', fullMemberDate: '2009-07-01', group: 0, committeeTitle: '组织委员', username: 'zuzhi', role: 'committee' },
  { name: '巴图孟和', gender: 'male', ethnicity: '蒙古族', birthDate: '1980-11-23', education: '大学本科', post: '副局长', status: 'full', probationaryDate: '2005-06-28', fullMemberDate: '2006-06-28', group: 1, committeeTitle: '宣传委员兼纪检委员', username: 'xuanchuan', role: 'committee' },
  { name: '王海燕', gender: 'female', ethnicity: '汉族', birthDate: '1988-04-17', education: '大学本科', post: '统计员', status: 'full', probationaryDate: '2012-06-25', fullMemberDate: '2013-06-25', group: 0, username: 'dangyuan', role: 'member' },
  { name: '刘建军', gender: 'male', ethnicity: '汉族', birthDate: '1970-08-30', education: '大学专科', post: '普查中心主任', status: 'full', probationaryDate: '1995-06-30', fullMemberDate: '1996-06-30', group: 1 },
  { name: '陈晓梅', gender: 'female', ethnicity: '汉族', birthDate: '1986-12-02', education: '研究生', post: '核算股股长', status: 'full', probationaryDate: '2014-05-20', fullMemberDate: '2015-05-20', group: 0 },
  { name: '赵志刚', gender: 'male', ethnicity: '汉族', birthDate: '1978-05-19', education: '大学本科', post: '农牧业统计股股长', status: 'full', probationaryDate: '2003-12-18', fullMemberDate: '2004-12-18', group: 1 },
  { name: '苏日娜', gender: 'female', ethnicity: '蒙古族', birthDate: '1990-02-14', education: '大学本科', post: '统计员', status: 'full', probationaryDate: '2016-06-24', fullMemberDate: '2017-06-24', group: 1 },
  { name: '杨帆', gender: 'male', ethnicity: '汉族', birthDate: '1992-07-08', education: '大学本科', post: '统计员', status: 'full', probationaryDate: '2022-06-26', fullMemberDate: '2023-06-26', group: 0 },
  { name: '高建平', gender: 'male', ethnicity: '汉族', birthDate: '1968-10-10', education: '中专', post: '调查队队员', status: 'full', probationaryDate: '1992-07-01', fullMemberDate: '1993-07-01', group: 1 },
  { name: '周丽', gender: 'female', ethnicity: '回族', birthDate: '1987-03-27', education: '大学本科', post: '统计执法监督员', status: 'full', probationaryDate: '2013-09-10', fullMemberDate: '2014-09-10', group: 0 },
  { name: '敖登格日乐', gender: 'female', ethnicity: '蒙古族', birthDate: '1991-09-09', education: '大学本科', post: '统计员', status: 'full', probationaryDate: '2017-06-29', fullMemberDate: '2018-06-29', group: 1 },
  { name: '孙伟', gender: 'male', ethnicity: '汉族', birthDate: '1983-01-21', education: '大学本科', post: '工业统计股股长', status: 'full', probationaryDate: '2009-06-26', fullMemberDate: '2010-06-26', group: 0 },
  { name: '马丽娟', gender: 'female', ethnicity: '回族', birthDate: '1989-06-06', education: '大学专科', post: '办公室主任', status: 'full', probationaryDate: '2015-07-01', fullMemberDate: '2016-07-01', group: 1 },
  { name: '吴桐', gender: 'male', ethnicity: '汉族', birthDate: '1995-10-15', education: '大学本科', post: '统计员', status: 'probationary', probationaryDate: '2025-12-26', group: 0 },
  { name: '郑凯', gender: 'male', ethnicity: '汉族', birthDate: '1996-04-03', education: '研究生', post: '统计员', status: 'probationary', probationaryDate: '2026-06-26', group: 1 },
  { name: '何思远', gender: 'female', ethnicity: '汉族', birthDate: '1997-08-19', education: '大学本科', post: '统计员', status: 'candidate', group: 0 },
  { name: '乌日汗', gender: 'female', ethnicity: '蒙古族', birthDate: '1998-01-30', education: '大学本科', post: '统计员', status: 'activist', group: 1 },
  { name: '田雨', gender: 'male', ethnicity: '汉族', birthDate: '1999-05-05', education: '大学本科', post: '统计员', status: 'activist', group: 0 },
  { name: '徐浩', gender: 'male', ethnicity: '汉族', birthDate: '2000-11-11', education: '大学本科', post: '统计员', status: 'applicant', group: 1 },
  { name: '林静', gender: 'female', ethnicity: '汉族', birthDate: '1993-02-08', education: '大学专科', post: '统计员', status: 'masses', group: 0 },
];

/** 旗财政局党支部: a second, smaller branch that proves branches never see each other. */
export const financeBureau: DemoPerson[] = [
  { name: '韩志强', gender: 'male', ethnicity: '汉族', birthDate: '1976-07-14', education: '大学本科', post: '局长', status: 'full', probationaryDate: '2000-06-30', fullMemberDate: '2001-06-30', group: 0, committeeTitle: '书记', username: 'caizheng', role: 'secretary' },
  { name: '白雪', gender: 'female', ethnicity: '汉族', birthDate: '1985-01-09', education: '大学本科', post: '预算股股长', status: 'full', probationaryDate: '2010-06-28', fullMemberDate: '2011-06-28', group: 0, committeeTitle: '组织委员' },
  { name: '额尔敦', gender: 'male', ethnicity: '蒙古族', birthDate: '1982-04-25', education: '大学本科', post: '国库股股长', status: 'full', probationaryDate: '2007-07-01', fullMemberDate: '2008-07-01', group: 0, committeeTitle: '宣传委员' },
  { name: '乔振宇', gender: 'male', ethnicity: '汉族', birthDate: '1990-10-03', education: '大学本科', post: '科员', status: 'full', probationaryDate: '2016-12-20', fullMemberDate: '2017-12-20', group: 0 },
  { name: '包丽丽', gender: 'female', ethnicity: '蒙古族', birthDate: '1994-12-12', education: '研究生', post: '科员', status: 'probationary', probationaryDate: '2026-05-22', group: 0 },
  { name: '邵鹏', gender: 'male', ethnicity: '汉族', birthDate: '1997-03-18', education: '大学本科', post: '科员', status: 'activist', group: 0 },
];
