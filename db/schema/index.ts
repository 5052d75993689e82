export * from './organisations';
export * from './people';
export * from './accounts';
export * from './audit';
export * from './meetings';
export * from './attachments';
export * from './development';
