import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no record at this address. It may have been mistyped, or the record may not have been logged yet.</p>
      <p>
        <Link href="/search">Search questions and answers</Link> or go to the <Link href="/">home page</Link>.
      </p>
    </>
  );
}
