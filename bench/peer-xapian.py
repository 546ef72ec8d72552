#!/usr/bin/python3
"""Child process of the benchmark: the Xapian peer (Debian's python3-xapian).

Reads the newest `limit` questions of the bench database (heading, question
text, every answer's text, and the columns the search filters on), indexes
them into a Xapian database on disk with per-field weights (heading wdf x3,
question x2, answers x1) and English stemming (STEM_SOME), then runs the query
mix: each query arrives as the JSON description written by bench/xapian-query.ts.
Ranking is BM25 with FTS5's parameters (k1 1.2, b 0.75), ties newest first;
a search by filters alone is newest first. `warmup` untimed rounds, then `repeats` rounds
over the mix, as bench/measure-search.ts measureLoop does. With `withPage`, the
mix is then run again with the result page built as the app builds its own
(pageSamples): the hits' rows read from the bench database and a snippet of
each from MSet.snippet.

Input: a JSON file path (see XapianInput in bench/peer-xapian.ts); output:
one JSON line on stdout. Run with /usr/bin/python3 (the Debian bindings).
"""
import json
import os
import resource
import shutil
import sqlite3
import sys
import time

import xapian

SLOT_TABLED = 0
SLOT_DUE = 1
WEIGHTS = (("heading", 3), ("question", 2), ("answer", 1))


def dir_bytes(path):
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            total += os.path.getsize(os.path.join(root, name))
    return total


def build(inp, index_dir):
    shutil.rmtree(index_dir, ignore_errors=True)
    db = xapian.WritableDatabase(index_dir, xapian.DB_CREATE_OR_OVERWRITE)
    tg = xapian.TermGenerator()
    tg.set_stemmer(xapian.Stem("english"))
    tg.set_stemming_strategy(xapian.TermGenerator.STEM_SOME)
    sqlite = sqlite3.connect("file:%s?mode=ro" % inp["dbFile"], uri=True)
    rows = sqlite.execute(
        """SELECT q."id", q."heading", q."text", q."askingMemberId", q."answeringBodyId", q."dateTabled", q."dateForAnswer",
             q."status", q."house", q."uin",
             (SELECT group_concat(a."text", char(10)) FROM "AnswerQuestion" aq JOIN "Answer" a ON a."id" = aq."answerId" WHERE aq."questionId" = q."id"),
             (SELECT group_concat(na."kind", char(10)) FROM "AnswerQuestion" aq JOIN "NonAnswer" na ON na."answerId" = aq."answerId" WHERE aq."questionId" = q."id"),
             EXISTS (
               SELECT 1 FROM "Figure" f
               WHERE f."status" IN ('UNRESOLVED', 'DECLINED') AND f."reviewState" = 'ACCEPTED'
                 AND (f."askedInQuestionId" = q."id"
                   OR f."sourceAnswerId" IN (SELECT aq."answerId" FROM "AnswerQuestion" aq WHERE aq."questionId" = q."id")))
           FROM "Question" q ORDER BY q."dateTabled" DESC, q."id" DESC LIMIT ?""",
        (inp["limit"],),
    )
    records = 0
    for (qid, heading, question, member, body, tabled, due, status, house, uin, answer, nonanswers, unresolved) in rows:
        doc = xapian.Document()
        tg.set_document(doc)
        for text, wdf in ((heading, 3), (question, 2), (answer, 1)):
            if text:
                tg.index_text(text, wdf)
            tg.increase_termpos()  # no phrase across two fields
        if member is not None:
            doc.add_boolean_term("M%d" % member)
        if body is not None:
            doc.add_boolean_term("D%d" % body)
        doc.add_boolean_term("S" + status)
        doc.add_boolean_term("H" + house)
        doc.add_boolean_term("Q%s:%s" % (house, uin))
        for kind in set((nonanswers or "").split("\n")) - {""}:
            doc.add_boolean_term("N" + kind)
        if unresolved:
            doc.add_boolean_term("U")
        doc.add_value(SLOT_TABLED, tabled[:10])
        if due:
            doc.add_value(SLOT_DUE, due[:10])
        # Document id = question id, so ids compare with the app's.
        db.replace_document(qid, doc)
        records += 1
    sqlite.close()
    db.commit()
    db.close()
    return records


def make_query(node, stem):
    op = node["op"]
    if op == "term":
        w = node["word"]
        # TermGenerator STEM_SOME indexes a Z-prefixed stem only for words starting with a letter.
        return xapian.Query("Z" + stem(w).decode("utf-8") if w[:1].isalpha() else w)
    if op == "phrase":
        return xapian.Query(xapian.Query.OP_PHRASE, node["words"], len(node["words"]))
    if op == "prefix":
        return xapian.Query(xapian.Query.OP_WILDCARD, node["word"], 0, xapian.Query.WILDCARD_LIMIT_ERROR, xapian.Query.OP_SYNONYM)
    if op in ("and", "or"):
        kids = [make_query(c, stem) for c in node["children"]]
        if not kids:
            return xapian.Query.MatchNothing
        return xapian.Query(xapian.Query.OP_AND if op == "and" else xapian.Query.OP_OR, kids)
    if op == "and_not":
        return xapian.Query(xapian.Query.OP_AND_NOT, make_query(node["left"], stem), make_query(node["right"], stem))
    if op == "all":
        return xapian.Query.MatchAll
    if op == "none":
        return xapian.Query.MatchNothing
    raise ValueError("unknown query op %r" % op)


def make_filter(node):
    op = node["op"]
    if op == "bool":
        return xapian.Query(node["term"])
    if op == "range":
        lo, hi = node.get("from"), node.get("to")
        if lo and hi:
            return xapian.Query(xapian.Query.OP_VALUE_RANGE, node["slot"], lo, hi)
        if lo:
            return xapian.Query(xapian.Query.OP_VALUE_GE, node["slot"], lo)
        if hi:
            return xapian.Query(xapian.Query.OP_VALUE_LE, node["slot"], hi)
        return xapian.Query.MatchAll
    if op in ("and", "or"):
        kids = [make_filter(c) for c in node["children"]]
        if not kids:
            return xapian.Query.MatchNothing
        return xapian.Query(xapian.Query.OP_AND if op == "and" else xapian.Query.OP_OR, kids)
    if op == "not":
        return xapian.Query(xapian.Query.OP_AND_NOT, xapian.Query.MatchAll, make_filter(node["child"]))
    raise ValueError("unknown filter op %r" % op)


def main():
    inp = json.load(open(sys.argv[1]))
    index_dir = inp["indexDir"]
    # --reuse-db: an index kept by an earlier run over the same database, with its build figures.
    figures_file = index_dir + ".build.json"
    kept = None
    if inp.get("reuseIndex") and os.path.isdir(index_dir) and os.path.exists(figures_file):
        kept = json.load(open(figures_file))
        if kept.get("limit") != inp["limit"]:
            kept = None
    if kept:
        records, build_seconds, index_bytes = kept["records"], kept["buildSeconds"], kept["indexBytes"]
        compact_bytes, compact_seconds = kept["compactBytes"], kept["compactSeconds"]
    else:
        started = time.perf_counter()
        records = build(inp, index_dir)
        build_seconds = time.perf_counter() - started
        index_bytes = dir_bytes(index_dir)
        compact_bytes = None
        compact_seconds = None
        if inp.get("compact"):
            compact_dir = index_dir + "-compact"
            shutil.rmtree(compact_dir, ignore_errors=True)
            t = time.perf_counter()
            xapian.Database(index_dir).compact(compact_dir)
            compact_seconds = time.perf_counter() - t
            compact_bytes = dir_bytes(compact_dir)
            shutil.rmtree(compact_dir, ignore_errors=True)
        if inp.get("keepIndex"):
            json.dump({"limit": inp["limit"], "records": records, "buildSeconds": build_seconds, "indexBytes": index_bytes,
                       "compactBytes": compact_bytes, "compactSeconds": compact_seconds}, open(figures_file, "w"))

    db = xapian.Database(index_dir)
    stem = xapian.Stem("english")
    # FTS5's bm25() constants (k1 1.2, b 0.75); k2 0, k3 1, min_normlen 0.5 are Xapian's defaults.
    weight = xapian.BM25Weight(1.2, 0, 1, 0.75, 0.5)
    limit = inp["pageSize"]

    def run(q, checkatleast=0):
        text = make_query(q["query"], stem) if q["query"] else xapian.Query.MatchAll
        if q["filter"]:
            text = xapian.Query(xapian.Query.OP_FILTER, text, make_filter(q["filter"]))
        enquire = xapian.Enquire(db)
        enquire.set_query(text)
        enquire.set_docid_order(xapian.Enquire.DESCENDING)
        if q["browse"]:
            enquire.set_weighting_scheme(xapian.BoolWeight())
            enquire.set_sort_by_value(SLOT_TABLED, True)
        else:
            enquire.set_weighting_scheme(weight)
            enquire.set_sort_by_relevance_then_value(SLOT_TABLED, True)
        mset = enquire.get_mset(0, limit, checkatleast)
        return mset.get_matches_estimated(), [m.docid for m in mset], mset

    # The result page as the app builds it beside its ranking: each hit's question
    # with asker and department and its answers (the app's one statement,
    # lib/data/search-items-sqlite.ts, on the same SQLite file), then a
    # highlighted heading and a snippet of its answers (or its question) from
    # Xapian's MSet.snippet, as a site showing the page would.
    page_db = sqlite3.connect("file:%s?mode=ro" % inp["dbFile"], uri=True) if inp.get("withPage") else None
    ITEMS_SQL = (
        'SELECT q."id", q."house", q."uin", q."heading", q."text", q."dateTabled", q."dateForAnswer", q."status", m."id", m."name", b."id", b."name", '
        'a."id", a."kind", a."dateAnswered", a."text", am."name" '
        'FROM json_each(?) j JOIN "Question" q ON q."id" = j.value JOIN "Member" m ON m."id" = q."askingMemberId" '
        'JOIN "AnsweringBody" b ON b."id" = q."answeringBodyId" LEFT JOIN "AnswerQuestion" aq ON aq."questionId" = q."id" '
        'LEFT JOIN "Answer" a ON a."id" = aq."answerId" LEFT JOIN "Member" am ON am."id" = a."answeringMemberId"'
    )

    def run_page(q):
        _, ids, mset = run(q)
        if not ids:
            return 0
        questions = {}
        answers = {}
        for r in page_db.execute(ITEMS_SQL, (json.dumps(ids),)):
            questions.setdefault(r[0], r)
            if r[12] is not None:
                answers.setdefault(r[0], []).append(r[15])
        shown = 0
        for docid in ids:
            row = questions.get(docid)
            if not row:
                continue
            texts = answers.get(docid, [])
            mset.snippet(row[3], 1000, stem)
            mset.snippet("\n".join(texts) if texts else row[4], 260, stem)
            shown += 1
        return shown

    for _ in range(inp.get("warmup", 1) - 1):
        for q in inp["queries"]:
            run(q)
    warm = [run(q) for q in inp["queries"]]
    # Exact counts, untimed (checkatleast = every document), to set beside the app's.
    doccount = db.get_doccount()
    exact = [run(q, doccount)[0] for q in inp["queries"]] if inp.get("exactCounts") else [None] * len(warm)
    per = [[] for _ in inp["queries"]]
    for _ in range(inp["repeats"]):
        for i, q in enumerate(inp["queries"]):
            t = time.perf_counter_ns()
            run(q)
            per[i].append((time.perf_counter_ns() - t) / 1e6)
    page_samples = []
    if page_db:
        for _ in range(inp.get("warmup", 1)):
            for q in inp["queries"]:
                run_page(q)
        for _ in range(inp["repeats"]):
            for q in inp["queries"]:
                t = time.perf_counter_ns()
                run_page(q)
                page_samples.append((time.perf_counter_ns() - t) / 1e6)
        page_db.close()
    out = {
        "engine": "xapian " + xapian.version_string(),
        "records": records,
        "buildSeconds": build_seconds,
        "indexBytes": index_bytes,
        "compactBytes": compact_bytes,
        "compactSeconds": compact_seconds,
        "rssMaxMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "samples": [x for xs in per for x in xs],
        "pageSamples": page_samples,
        "perQuery": [
            {"label": q["label"], "estimate": warm[i][0], "matches": exact[i], "ids": warm[i][1], "samples": per[i]}
            for i, q in enumerate(inp["queries"])
        ],
    }
    db.close()
    if not inp.get("keepIndex"):
        shutil.rmtree(index_dir, ignore_errors=True)
        if os.path.exists(figures_file):
            os.remove(figures_file)
    sys.stdout.write(json.dumps(out) + "\n")


if __name__ == "__main__":
    main()
