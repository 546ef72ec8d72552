import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="brand">
          Answerable
        </Link>
        <nav aria-label="Main">
          <ul className="nav">
            <li><Link href="/search">Search</Link></li>
            <li><Link href="/members">Members</Link></li>
            <li><Link href="/departments">Departments</Link></li>
            <li><Link href="/figures">Figures ledger</Link></li>
            <li><Link href="/suggestions">Review</Link></li>
            <li><Link href="/import">Import</Link></li>
            <li><Link href="/questions/new" className="button button--small">Log a question</Link></li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
