/// The workspace's one stylesheet, served from ``path`` so pages need no inline styles and the
/// content security policy can forbid them.
enum WorkspaceStyle {
    static let path = "/assets/workspace.css"

    static let css = """
        :root { --ink: #1d2733; --muted: #5b6775; --line: #d6dbe1; --accent: #1f5fa8; --bad: #b3261e; --ok: #2e7d32; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; color: var(--ink); }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; }
        header.top { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .6rem 1.2rem; border-bottom: 1px solid var(--line); background: #f5f7fa; }
        header.top .product { font-weight: 700; color: var(--ink); text-decoration: none; }
        header.top nav { display: flex; gap: 1rem; flex: 1; }
        header.top .account { display: flex; gap: .8rem; align-items: center; color: var(--muted); }
        main { max-width: 70rem; margin: 0 auto; padding: 1rem 1.2rem 3rem; }
        a { color: var(--accent); }
        form.inline { display: inline; }
        form.stacked label { display: block; margin-top: .8rem; font-weight: 600; }
        form.stacked input[type=text], form.stacked input[type=password], form.stacked textarea, form.stacked select { width: 100%; max-width: 32rem; padding: .4rem; font: inherit; }
        form.stacked button { margin-top: 1rem; }
        form.stacked input[type=file] { display: block; }
        button { font: inherit; padding: .35rem .9rem; }
        .field-error, .error { color: var(--bad); }
        .field-error { display: block; font-size: .9rem; white-space: pre-wrap; }
        .notice { padding: .6rem .9rem; border-left: 4px solid var(--accent); background: #eef4fb; }
        .notice.bad { border-color: var(--bad); background: #fdeeee; }
        .next { padding: .6rem .9rem; border: 1px solid var(--accent); border-radius: 4px; }
        table { border-collapse: collapse; margin: .6rem 0; }
        th, td { border-bottom: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .flag { color: var(--bad); font-weight: 600; }
        .muted { color: var(--muted); }
        nav.pages { display: flex; gap: 1.2rem; margin: .8rem 0; }
        code.location { font-family: ui-monospace, monospace; }
        """
}
