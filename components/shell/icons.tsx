import type { NavIcon } from '@/lib/navigation';

const paths: Record<NavIcon | 'menu' | 'close' | 'logout' | 'lock', string> = {
  home: 'M3 10.5 12 3l9 7.5V20a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z',
  people:
    'M16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm0 2c-2.7 0-8 1.3-8 4v3h10v-3c0-1 .4-2 1.1-2.7A11 11 0 0 0 8 13zm8 0c-.5 0-1 0-1.6.1 1 .8 1.6 1.8 1.6 2.9v3h8v-3c0-2.7-5.3-4-8-4z',
  person: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-3.3 0-8 1.7-8 5v2h16v-2c0-3.3-4.7-5-8-5z',
  key: 'M14 3a7 7 0 0 0-6.7 9.1L2 17.4V22h4.6l.9-.9V19h2.1l1.3-1.3V16h1.7l1.2-1.2A7 7 0 1 0 14 3zm2.5 6a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3z',
  calendar:
    'M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3zm12 8H5v9h14zM7 12h4v4H7z',
  flag: 'M5 3h2v1h11l-2 5 2 5H7v7H5zm2 3v6h8.05l-1.2-3 1.2-3z',
  check: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
  hands:
    'M12 21s-7.5-4.6-9.6-9.2C1 8.6 3 5 6.5 5c2 0 3.6 1 5.5 3 1.9-2 3.5-3 5.5-3C21 5 23 8.6 21.6 11.8 19.5 16.4 12 21 12 21z',
  shield: 'M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5zm-1.2 14.2-3.5-3.5 1.4-1.4 2.1 2.1 4.6-4.6 1.4 1.4z',
  chart: 'M4 20h16v2H2V4h2zm3-3V10h3v7zm5 0V6h3v11zm5 0v-5h3v5z',
  wrench: 'M21.7 6.3a6 6 0 0 1-7.9 7.3L6.4 21a2.1 2.1 0 0 1-3-3l7.4-7.4a6 6 0 0 1 7.3-7.9L14.6 6.2l.7 2.5 2.5.7z',
  megaphone: 'M3 10v4a1 1 0 0 0 1 1h2l1 5h3l-1-5h1l7 4V5l-7 4H4a1 1 0 0 0-1 1zm16-1v6a3 3 0 0 0 0-6z',
  sliders:
    'M3 5h10v2H3zm14 0h4v2h-4zm-3-2h2v6h-2zM3 11h4v2H3zm8 0h10v2H11zM8 9h2v6H8zm-5 8h10v2H3zm14 0h4v2h-4zm-3-2h2v6h-2z',
  document: 'M6 2h8l6 6v13a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zm7 1.5V9h5.5zM8 12v2h8v-2zm0 4v2h8v-2z',
  ledger:
    'M5 2h13a2 2 0 0 1 2 2v18H7a3 3 0 0 1-3-3V3a1 1 0 0 1 1-1zm1 2v15a1 1 0 0 0 1 1h11V4zm3 3h7v2H9zm0 4h7v2H9zm0 4h5v2H9z',
  menu: 'M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z',
  close: 'm6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6 10.6 12 5 6.4z',
  logout: 'M10 17v-3H3v-4h7V7l5 5zm9 4h-7v-2h7V5h-7V3h7a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2z',
  lock: 'M12 2a5 5 0 0 0-5 5v3H5v12h14V10h-2V7a5 5 0 0 0-5-5zm-3 8V7a3 3 0 0 1 6 0v3z',
};

export function Icon({ name, className = 'size-5' }: { name: keyof typeof paths; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" className={className}>
      <path d={paths[name]} />
    </svg>
  );
}
