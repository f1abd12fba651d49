/// The page's inline style sheet and script. Kept apart from the markup so each reads on its own.
extension HTMLReport {
    /// System fonts only (no web fonts: the page must open offline); green for cooperative, red for hostile,
    /// as in the diagram.
    static let style = """
        :root { --ink: #1f2328; --muted: #57606a; --line: #d8dee4; --wash: #f6f8fa;
          --plus: #1a7f37; --minus: #cf222e; --mark: #fff1b8; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #fff;
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
        header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 28px; }
        h1 { font-size: 26px; margin: 0 0 14px; }
        h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
        h3 { font-size: 15px; margin: 16px 0 6px; }
        .facts { display: flex; flex-wrap: wrap; gap: 10px; margin: 0; }
        .facts div { background: var(--wash); border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; }
        .facts dt { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
        .facts dd { margin: 0; font-size: 18px; font-weight: 600; }
        figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 12px; text-align: center; }
        figure svg { max-width: 100%; height: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th, td { padding: 6px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
        thead th { background: var(--wash); font-weight: 600; white-space: nowrap; }
        tbody tr:hover { background: #fafbfc; }
        .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .pair { font-weight: 600; white-space: nowrap; }
        .cooperative .pair { color: var(--plus); }
        .hostile .pair { color: var(--minus); }
        .evidence { width: 58%; }
        blockquote { margin: 0 0 8px; padding: 2px 0 2px 10px; border-left: 3px solid var(--line); }
        blockquote:last-child { margin-bottom: 0; }
        blockquote p { margin: 0; }
        cite { display: block; font-style: normal; font-size: 12px; color: var(--muted); }
        mark { background: var(--mark); padding: 0 2px; border-radius: 2px; }
        .cue { color: var(--muted); font-size: 12px; }
        .sortable th { cursor: pointer; user-select: none; }
        .sortable th[aria-sort="descending"]::after { content: " ▾"; }
        .sortable th[aria-sort="ascending"]::after { content: " ▴"; }
        .scores { width: auto; }
        .scores th { background: none; font-weight: 600; }
        .camps { display: flex; gap: 16px; flex-wrap: wrap; align-items: flex-start; margin-top: 14px; }
        .camp { flex: 1 1 320px; background: var(--wash); border: 1px solid var(--line); border-radius: 6px;
          padding: 4px 14px 10px; }
        .camp p { margin: 0; }
        .ties { columns: 2; margin: 0; }
        .signs { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-weight: 700; }
        .plus { color: var(--plus); }
        .minus { color: var(--minus); }
        details { margin-top: 12px; }
        summary { cursor: pointer; color: var(--muted); margin-bottom: 8px; }
        .none { color: var(--muted); }
        footer { margin: 40px auto 32px; color: var(--muted); font-size: 13px; }
        """

    /// Clicking a heading of a `.sortable` table sorts its rows by that column (numbers high to low first, text
    /// A to Z first); a second click reverses. Cells carry their sort key in `data-value`.
    static let script = """
        document.querySelectorAll("table.sortable th").forEach(function (th) {
          th.addEventListener("click", function () {
            var table = th.closest("table"), body = table.tBodies[0], column = th.cellIndex;
            var numeric = th.dataset.type === "number";
            var current = th.getAttribute("aria-sort");
            var descending = current ? current === "ascending" : numeric;
            table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", descending ? "descending" : "ascending");
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = a.cells[column].dataset.value, y = b.cells[column].dataset.value;
              var order = numeric ? x - y : x.localeCompare(y);
              return descending ? -order : order;
            });
            rows.forEach(function (row) { body.appendChild(row); });
          });
        });
        """
}
