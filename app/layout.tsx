import type { Metadata, Viewport } from 'next';
import '@/app/globals.css';

export const metadata: Metadata = {
  title: { default: '支部工作台', template: '%s · 支部工作台' },
  description: '党支部全年工作记录与书记述职报告',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#a61f17' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
