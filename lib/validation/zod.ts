import { z } from 'zod';

// Messages a user may see default to Chinese; schemas still give their own where it matters.
z.config(z.locales.zhCN());

export { z };
