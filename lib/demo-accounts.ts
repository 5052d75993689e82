/** The demo's sign-ins, printed at start and shown on the login page in demo mode. */
export const demoPassword = 'demo1234';

export const demoAccounts = [
  { username: 'shuji', who: '孟庆华', what: '旗统计局党支部书记' },
  { username: 'zuzhi', who: '李娜', what: '组织委员' },
  { username: 'dangyuan', who: '王海燕', what: '党员' },
  { username: 'dangwei', who: '赵明远', what: '党工委审阅人（两个支部）' },
  { username: 'caizheng', who: '韩志强', what: '旗财政局党支部书记' },
  { username: 'gongwei', who: '高文斌', what: '旗直机关党工委书记（本级述职）' },
  { username: 'qiwei', who: '苏日娜', what: '旗委组织部审阅人（全旗三个支部）' },
] as const;
