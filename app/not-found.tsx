import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4">
      <div className="max-w-md rounded-xl bg-white p-8 text-center shadow-sm ring-1 ring-stone-200">
        <p className="text-sm font-semibold text-brand-700">404</p>
        <h1 className="mt-2 text-xl font-semibold text-stone-900">页面不存在</h1>
        <p className="mt-2 text-sm text-stone-600">要找的内容不存在，或不属于您所在的支部。</p>
        <Link href="/" className="mt-6 inline-block text-sm font-medium text-brand-700 hover:underline">
          返回首页
        </Link>
      </div>
    </main>
  );
}
