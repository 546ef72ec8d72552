"use client";

import Link from "next/link";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Nothing you saved has been lost.</p>
      <div className="actions">
        <button className="button" type="button" onClick={reset}>
          Try again
        </button>
        <Link href="/">Home</Link>
      </div>
    </>
  );
}
