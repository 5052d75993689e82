export const politicalStatuses = ['full', 'probationary', 'candidate', 'activist', 'applicant', 'masses'] as const;
export type PoliticalStatus = (typeof politicalStatuses)[number];

export const politicalStatusLabels: Record<PoliticalStatus, string> = {
  full: '正式党员',
  probationary: '预备党员',
  candidate: '发展对象',
  activist: '入党积极分子',
  applicant: '入党申请人',
  masses: '群众',
};

export const genders = ['male', 'female'] as const;
export type Gender = (typeof genders)[number];
export const genderLabels: Record<Gender, string> = { male: '男', female: '女' };

export const educationLevels = ['研究生', '大学本科', '大学专科', '中专', '高中', '初中及以下'] as const;

export const committeeTitles = ['书记', '副书记', '组织委员', '宣传委员', '纪检委员', '宣传委员兼纪检委员'] as const;

/** Fields that only holders of `members.read_private` may see, and that audit entries mask. */
export const privatePersonFields = ['idNumber', 'phone', 'address'] as const;

/** 党纪处分 under the Party's disciplinary regulations, mildest first. */
export const disciplineKinds = ['warning', 'serious_warning', 'removal_from_post', 'probation', 'expulsion'] as const;
export type DisciplineKind = (typeof disciplineKinds)[number];
export const disciplineKindLabels: Record<DisciplineKind, string> = {
  warning: '警告',
  serious_warning: '严重警告',
  removal_from_post: '撤销党内职务',
  probation: '留党察看',
  expulsion: '开除党籍',
};
