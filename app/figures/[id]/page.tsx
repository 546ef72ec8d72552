import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseRouteId } from "@/lib/http/api";
import { NotFoundError } from "@/lib/data/errors";
import { getFigureChain } from "@/lib/data/ledger";
import { FigureChainSteps } from "@/components/figures/figure-chain";
import { FigureSummary, ReviewNotice } from "@/components/figures/figure-summary";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function loadChain(rawId: string) {
  const id = parseRouteId(rawId);
  if (!id) notFound();
  try {
    return await getFigureChain({ id });
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadChain((await params).id)).figure.measure };
}

export default async function FigureChainPage({ params }: Props) {
  const chain = await loadChain((await params).id);
  return (
    <article aria-labelledby="figure-heading">
      <p className="breadcrumbs">
        <Link href="/figures">Figures ledger</Link> /
      </p>
      <h1 id="figure-heading">{chain.figure.measure}</h1>
      <ReviewNotice chain={chain} />
      <FigureSummary chain={chain} />
      <section aria-labelledby="chain-heading">
        <h2 id="chain-heading">The chain</h2>
        <FigureChainSteps chain={chain} />
      </section>
    </article>
  );
}
