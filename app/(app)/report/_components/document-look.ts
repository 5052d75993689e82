/**
 * How the report reads on screen, in the look of its print (GB/T 9704): 小标宋 title, 黑体 first-level
 * and 楷体 second-level headings, 仿宋 paragraphs indented two characters. The editor and the read-only
 * report share these, so a report looks the same while it is written and when it is read.
 */
export const documentLook = {
  paper: 'mx-auto w-full max-w-[52rem] rounded-sm bg-white px-4 py-6 shadow-sm ring-1 ring-stone-200 sm:px-12 sm:py-10',
  title: 'mb-6 text-center font-songti text-[22px] leading-9 font-bold text-stone-950 sm:text-[26px]',
  heading: {
    1: 'mt-6 font-heiti text-[17px] leading-8 text-stone-950',
    2: 'mt-3 font-kaiti text-[17px] leading-8 font-bold text-stone-900',
  },
  paragraph: 'indent-[2em] font-fangsong text-[17px] leading-8 text-stone-900',
  body: 'space-y-1',
} as const;
