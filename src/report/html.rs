//! The morning report: one self-contained HTML page a compliance officer
//! opens after a night's scan (issue 19). Coverage, files by verdict,
//! findings by kind as a chart, the folders and files that hold the most
//! patient data, what changed since the last run, and what to do next.
//!
//! The page is written at [`Sink::summary`], but nothing grows with the
//! scan: records are folded into counts as they stream in. A scan of a
//! million files with a hundred thousand findings keeps per-folder counts
//! (bounded by [`MAX_FOLDERS`]), a heap of the [`TOP_FILES`] riskiest
//! files and a few masked examples of each, and the page lists only those,
//! so it stays a few hundred kilobytes and opens at once.
//!
//! Self-contained: inline CSS, inline SVG charts and a few lines of inline
//! script (table sort and filter); a Content-Security-Policy forbids every
//! network load, so the page works on an air-gapped laptop and leaks
//! nothing when opened. Every string from the scan (paths can hold `<`)
//! goes through [`esc`].

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap};
use std::fmt::Write as _;
use std::io::{self, Write};

use super::{display_path, ChangedFile, Changes, FileReport, Sink, Skipped, Summary};
use crate::findings::{Finding, Verdict};
use crate::limits::human_size;
use crate::vocab::{Confidence, Kind, SkipReason};

/// Files listed under "top files by risk": enough for a morning's work,
/// few enough that the page stays small.
pub const TOP_FILES: usize = 100;

/// Folders listed under "top folders".
pub const TOP_FOLDERS: usize = 30;

/// Folders counted at once. Folders are far fewer than files, but a share
/// with one folder per patient could have as many as it has files with
/// findings; past this the map is cut to its busiest half (heavy hitters
/// keep their counts, the page says the tail is approximate).
pub const MAX_FOLDERS: usize = 50_000;

/// Masked examples kept per listed file.
const EXAMPLES: usize = 3;

/// Units reported in parts whose examples are held until their last part;
/// past this, a unit's early examples are dropped (its counts never are).
const MAX_PENDING: usize = 256;

/// Files listed from each list of [`Changes`].
const CHANGED_SHOWN: usize = 50;

/// Skipped items named on the page, with their reason.
const SKIPPED_SHOWN: usize = 50;

/// One masked example of a finding, as shown in the top-files table.
#[derive(Debug, Clone)]
struct Example {
    kind: Kind,
    confidence: Confidence,
    line: u64,
    masked: String,
    context: String,
}

impl Example {
    /// Only the fields `findings` already masked are copied: never
    /// `Finding::value`, which `--show-values` fills with the raw value.
    /// The report is a file mailed to and opened by people who should
    /// learn where the data is, not what it says; a raw value here would be
    /// a new copy of the very PHI the scan looks for.
    fn of(f: &Finding) -> Self {
        Example {
            kind: f.kind,
            confidence: f.confidence,
            line: f.line,
            masked: f.masked.clone(),
            context: f.context.trim().chars().take(160).collect(),
        }
    }
}

/// A file on the top-files list.
#[derive(Debug, Clone)]
struct Risky {
    score: u64,
    /// Arrival order, so equal scores rank the same on every run.
    seq: u64,
    shown: String,
    verdict: Verdict,
    counts: BTreeMap<Kind, u64>,
    examples: Vec<Example>,
}

impl PartialEq for Risky {
    fn eq(&self, o: &Self) -> bool {
        self.score == o.score && self.seq == o.seq
    }
}
impl Eq for Risky {}
impl PartialOrd for Risky {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Risky {
    /// Higher score first; at equal scores the earlier file first.
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        self.score.cmp(&o.score).then(o.seq.cmp(&self.seq))
    }
}

/// Counts for one folder.
#[derive(Debug, Clone, Copy, Default)]
struct Folder {
    phi: u64,
    pii: u64,
    findings: u64,
}

impl Folder {
    fn rank(&self) -> (u64, u64, u64) {
        (self.phi, self.pii, self.findings)
    }
}

/// How much a finding of `kind` weighs in a file's risk score: identifiers
/// that open a person's records (SSN, record and plan numbers) most,
/// clinical codes next (they make a file PHI), contact details less, and
/// quasi-identifiers and provider ids least.
fn weight(kind: Kind) -> u64 {
    match kind {
        Kind::Ssn | Kind::Itin | Kind::Mrn | Kind::Mbi | Kind::Hicn | Kind::HealthPlanId => 10,
        Kind::Dob | Kind::Account | Kind::License => 6,
        Kind::Icd10 | Kind::Icd9 | Kind::Ndc => 4,
        Kind::Name | Kind::Address | Kind::Email | Kind::Phone | Kind::Fax | Kind::Age => 3,
        Kind::Npi | Kind::Dea => 1,
        Kind::Date
        | Kind::Zip
        | Kind::Ip
        | Kind::Url
        | Kind::Vin
        | Kind::DeviceId
        | Kind::OtherId => 2,
    }
}

/// A file's risk: the weighted count of its findings, each listed
/// high-confidence finding once more, doubled for PHI (identifiers with
/// health information are what a breach notice is about).
fn score(counts: &BTreeMap<Kind, u64>, high: &BTreeMap<Kind, u64>, verdict: Verdict) -> u64 {
    let base: u64 = counts
        .iter()
        .chain(high.iter())
        .map(|(k, n)| weight(*k).saturating_mul(*n))
        .fold(0u64, u64::saturating_add);
    if verdict == Verdict::Phi {
        base.saturating_mul(2)
    } else {
        base
    }
}

/// The folder a report belongs to: the parent of the outer file (members
/// of an archive belong where the archive sits).
fn folder_of(path: &str) -> &str {
    match path.rfind('/') {
        Some(0) => "/",
        Some(i) => &path[..i],
        None => ".",
    }
}

/// The morning report, gathered as records stream and written at the end.
pub struct Html<W: Write> {
    out: W,
    seq: u64,
    /// The [`TOP_FILES`] riskiest files so far (a min-heap: the weakest on
    /// top, pushed out by a riskier one).
    top: BinaryHeap<Reverse<Risky>>,
    folders: HashMap<String, Folder>,
    /// Folders were dropped to stay under [`MAX_FOLDERS`].
    folders_cut: bool,
    /// Examples and high-confidence counts of units reported in parts.
    pending: HashMap<String, (Vec<Example>, BTreeMap<Kind, u64>)>,
    skipped: Vec<(String, SkipReason, String)>,
    changes: Option<Changes>,
}

impl<W: Write> Html<W> {
    /// A sink writing the page to `out` at the summary.
    pub fn new(out: W) -> Self {
        Html {
            out,
            seq: 0,
            top: BinaryHeap::with_capacity(TOP_FILES + 1),
            folders: HashMap::new(),
            folders_cut: false,
            pending: HashMap::new(),
            skipped: Vec::new(),
            changes: None,
        }
    }

    fn count_folder(&mut self, path: &str, verdict: Verdict, findings: u64) {
        let dir = folder_of(path);
        let f = match self.folders.get_mut(dir) {
            Some(f) => f,
            None => {
                if self.folders.len() >= MAX_FOLDERS {
                    self.cut_folders();
                }
                self.folders.entry(dir.to_string()).or_default()
            }
        };
        match verdict {
            Verdict::Phi => f.phi += 1,
            Verdict::Pii => f.pii += 1,
            Verdict::Clean => {}
        }
        f.findings += findings;
    }

    /// Keeps the busiest half of the folders (exactly half: ties are
    /// broken by name, so a share where every folder has one PHI file does
    /// not lose them all).
    fn cut_folders(&mut self) {
        let mut all: Vec<(String, Folder)> = self.folders.drain().collect();
        let keep = MAX_FOLDERS / 2;
        if all.len() > keep {
            all.select_nth_unstable_by(keep, |a, b| {
                b.1.rank().cmp(&a.1.rank()).then_with(|| a.0.cmp(&b.0))
            });
            all.truncate(keep);
        }
        self.folders = all.into_iter().collect();
        self.folders_cut = true;
    }

    fn offer(&mut self, r: Risky) {
        if self.top.len() < TOP_FILES {
            self.top.push(Reverse(r));
        } else if self.top.peek().is_some_and(|w| r > w.0) {
            self.top.pop();
            self.top.push(Reverse(r));
        }
    }

    fn render(&self, s: &Summary) -> String {
        let mut h = String::with_capacity(256 << 10);
        h.push_str(HEAD);
        let status = if let Some(sig) = s.interrupted {
            format!(
                "<span class=\"bad\">Interrupted by {} — incomplete</span>",
                esc(sig)
            )
        } else if !s.complete {
            "<span class=\"bad\">Incomplete</span>".to_string()
        } else {
            "<span class=\"ok\">Complete</span>".to_string()
        };
        let _ = writeln!(
            h,
            "<header><h1>phiscan morning report</h1><p class=\"sub\">Written {} UTC · findings at {}+ · {status}</p></header>",
            now_utc(),
            s.min_confidence.as_str()
        );
        self.coverage(&mut h, s);
        verdicts(&mut h, s);
        kinds_chart(&mut h, s);
        self.changes_section(&mut h);
        self.folders_section(&mut h);
        self.top_section(&mut h);
        next_steps(&mut h, s);
        self.skipped_section(&mut h, s);
        h.push_str(TAIL);
        h
    }

    fn coverage(&self, h: &mut String, s: &Summary) {
        let secs = s.elapsed_ms as f64 / 1000.0;
        h.push_str("<section id=\"coverage\"><h2>Coverage</h2><div class=\"cards\">");
        let card = |h: &mut String, label: &str, value: &str| {
            let _ = write!(
                h,
                "<div class=\"card\"><b>{value}</b><span>{label}</span></div>"
            );
        };
        card(h, "files scanned", &group(s.files));
        card(h, "read", &esc(&human_size(s.bytes)));
        card(h, "findings", &group(s.findings));
        card(h, "skipped", &group(s.skipped));
        card(h, "scan time", &format!("{secs:.1} s"));
        card(
            h,
            "scan",
            if s.complete { "complete" } else { "incomplete" },
        );
        h.push_str("</div>");
        if !s.complete {
            h.push_str(
                "<p class=\"bad\">Not everything was scanned: the figures below cover only what was read. \
                 Items that could not be read are listed at the end.</p>",
            );
        }
        let mut extra = Vec::new();
        if s.unlisted > 0 {
            extra.push(format!(
                "{} findings counted but not listed",
                group(s.unlisted)
            ));
        }
        if s.allowed > 0 {
            extra.push(format!("{} suppressed by an allowance", group(s.allowed)));
        }
        if s.baselined > 0 {
            extra.push(format!("{} suppressed by the baseline", group(s.baselined)));
        }
        if !extra.is_empty() {
            let _ = write!(h, "<p class=\"note\">{}.</p>", extra.join("; "));
        }
        if !s.skipped_by_reason.is_empty() {
            h.push_str("<table><thead><tr><th>Skipped because</th><th class=\"n\">items</th></tr></thead><tbody>");
            for (r, n) in &s.skipped_by_reason {
                let _ = write!(
                    h,
                    "<tr><td>{}</td><td class=\"n\">{}</td></tr>",
                    skip_words(*r),
                    group(*n)
                );
            }
            h.push_str("</tbody></table>");
        }
        h.push_str("</section>\n");
    }

    fn changes_section(&self, h: &mut String) {
        h.push_str("<section id=\"changes\"><h2>Since the last run</h2>");
        let Some(c) = &self.changes else {
            h.push_str(
                "<p class=\"note\">No earlier run to compare with: this report covers one scan. \
                 Scan with <code>--state FILE</code> every night to see what is new and what was fixed.</p></section>\n",
            );
            return;
        };
        let _ = write!(
            h,
            "<p>Compared with run {} (started {}).</p><div class=\"cards\">\
             <div class=\"card\"><b class=\"bad\">{}</b><span>new findings</span></div>\
             <div class=\"card\"><b class=\"ok\">{}</b><span>fixed findings</span></div>\
             <div class=\"card\"><b>{}</b><span>unchanged findings</span></div>\
             <div class=\"card\"><b class=\"bad\">{}</b><span>files newly with findings</span></div>\
             <div class=\"card\"><b class=\"ok\">{}</b><span>files now clean or gone</span></div></div>",
            c.since_run,
            esc(&c.since_started),
            group(c.new_findings),
            group(c.resolved_findings),
            group(c.unchanged_findings),
            group(c.new_files_total),
            group(c.resolved_files_total),
        );
        changed_table(h, "New since the last run", &c.new_files, c.new_files_total);
        changed_table(
            h,
            "Fixed (clean or gone)",
            &c.resolved_files,
            c.resolved_files_total,
        );
        h.push_str("</section>\n");
    }

    fn folders_section(&self, h: &mut String) {
        h.push_str("<section id=\"folders\"><h2>Top folders by PHI files</h2>");
        if self.folders.is_empty() {
            h.push_str("<p class=\"note\">No folder holds a file with findings.</p></section>\n");
            return;
        }
        let mut v: Vec<(&String, &Folder)> = self.folders.iter().collect();
        v.sort_by(|a, b| b.1.rank().cmp(&a.1.rank()).then(a.0.cmp(b.0)));
        let max = v.first().map_or(1, |(_, f)| f.phi.max(f.pii).max(1));
        h.push_str(
            "<table class=\"sort\"><thead><tr><th>Folder</th><th class=\"n\">PHI files</th>\
             <th class=\"n\">PII files</th><th class=\"n\">findings</th><th></th></tr></thead><tbody>",
        );
        for (name, f) in v.iter().take(TOP_FOLDERS) {
            let w = (f.phi * 120 / max).max(u64::from(f.phi > 0));
            let _ = write!(
                h,
                "<tr><td class=\"path\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
                 <td><svg class=\"spark\" width=\"122\" height=\"10\" role=\"img\" aria-label=\"PHI files\"><rect width=\"{w}\" height=\"10\" class=\"phi\"/></svg></td></tr>",
                esc(name),
                group(f.phi),
                group(f.pii),
                group(f.findings)
            );
        }
        h.push_str("</tbody></table>");
        let mut note = format!(
            "{} folders hold files with findings; a file inside an archive counts in the archive's folder.",
            group(self.folders.len() as u64)
        );
        if self.folders_cut {
            note += &format!(
                " More than {} folders had findings: only the busiest were kept, so counts of folders outside this list are approximate.",
                group(MAX_FOLDERS as u64)
            );
        }
        let _ = writeln!(h, "<p class=\"note\">{}</p></section>", esc(&note));
    }

    fn top_section(&self, h: &mut String) {
        h.push_str("<section id=\"files\"><h2>Top files by risk</h2>");
        if self.top.is_empty() {
            h.push_str("<p class=\"note\">No file has findings.</p></section>\n");
            return;
        }
        let mut v: Vec<&Risky> = self.top.iter().map(|r| &r.0).collect();
        v.sort_by(|a, b| b.cmp(a));
        h.push_str(
            "<p class=\"note\">Risk weighs each finding by kind (Social Security, record and plan numbers most; \
             clinical codes, then contact details), counts high-confidence findings twice, and doubles for PHI. \
             <code>a.zip!b.docx</code> is a member <code>b.docx</code> inside <code>a.zip</code>. Values are masked.</p>\
             <input id=\"filter\" type=\"search\" placeholder=\"Filter files…\" aria-label=\"Filter files\">\
             <table class=\"sort\" id=\"top\"><thead><tr><th class=\"n\">risk</th><th>File</th><th>verdict</th>\
             <th>findings by kind</th><th>examples (masked)</th></tr></thead><tbody>",
        );
        for r in v {
            let kinds = r
                .counts
                .iter()
                .map(|(k, n)| format!("{} {}", k.as_str(), group(*n)))
                .collect::<Vec<_>>()
                .join(", ");
            let ex = r
                .examples
                .iter()
                .map(|e| {
                    format!(
                        "<div class=\"ex\" title=\"{}\"><code>{}</code> {} · line {} · {}</div>",
                        esc(&e.context),
                        esc(&e.masked),
                        e.kind.as_str(),
                        e.line,
                        e.confidence.as_str()
                    )
                })
                .collect::<String>();
            let _ = write!(
                h,
                "<tr><td class=\"n\">{}</td><td class=\"path\">{}</td><td><span class=\"v {v}\">{v}</span></td><td>{}</td><td>{ex}</td></tr>",
                r.score,
                esc(&r.shown),
                esc(&kinds),
                v = r.verdict.as_str(),
            );
        }
        h.push_str("</tbody></table></section>\n");
    }

    fn skipped_section(&self, h: &mut String, s: &Summary) {
        if self.skipped.is_empty() {
            return;
        }
        h.push_str("<section id=\"skipped\"><h2>Not scanned</h2><table class=\"sort\"><thead><tr><th>Item</th><th>reason</th><th>detail</th></tr></thead><tbody>");
        for (p, r, d) in &self.skipped {
            let _ = write!(
                h,
                "<tr><td class=\"path\">{}</td><td>{}</td><td>{}</td></tr>",
                esc(p),
                r.as_str(),
                esc(d)
            );
        }
        h.push_str("</tbody></table>");
        if s.skipped > self.skipped.len() as u64 {
            let _ = write!(
                h,
                "<p class=\"note\">The first {} of {} are listed; <code>--format jsonl</code> lists them all.</p>",
                self.skipped.len(),
                group(s.skipped)
            );
        }
        h.push_str("</section>\n");
    }
}

/// Keeps the [`EXAMPLES`] strongest examples of a file: the heaviest
/// kind, then the surest, then the first seen. A file's first lines are
/// often dates and names; its SSN is what the reader must see.
fn keep_example(examples: &mut Vec<Example>, f: &Finding) {
    let strength = |k: Kind, c: Confidence| (weight(k), c);
    let new = strength(f.kind, f.confidence);
    if examples.len() < EXAMPLES {
        examples.push(Example::of(f));
    } else if let Some((i, _)) = examples
        .iter()
        .enumerate()
        .map(|(i, e)| (i, strength(e.kind, e.confidence)))
        .filter(|(_, s)| *s < new)
        .min_by_key(|(_, s)| *s)
    {
        examples.remove(i);
        examples.push(Example::of(f));
    } else {
        return;
    }
    examples.sort_by_key(|e| Reverse(strength(e.kind, e.confidence)));
}

impl<W: Write> Sink for Html<W> {
    fn file(&mut self, r: &FileReport) -> io::Result<()> {
        let shown = display_path(&r.path, &r.inner);
        let mut examples = Vec::new();
        let mut high = BTreeMap::new();
        if let Some((ex, hi)) = self.pending.remove(&shown) {
            examples = ex;
            high = hi;
        }
        for f in &r.findings {
            keep_example(&mut examples, f);
            if f.confidence == Confidence::High {
                *high.entry(f.kind).or_insert(0u64) += 1;
            }
        }
        if r.partial {
            // Counts are cumulative in the unit's last report; only the
            // examples of earlier parts need keeping.
            if self.pending.len() < MAX_PENDING {
                self.pending.insert(shown, (examples, high));
            }
            return Ok(());
        }
        let total: u64 = r.counts.values().sum();
        self.count_folder(&r.path, r.verdict, total);
        self.seq += 1;
        let risky = Risky {
            score: score(&r.counts, &high, r.verdict),
            seq: self.seq,
            shown,
            verdict: r.verdict,
            counts: r.counts.clone(),
            examples,
        };
        self.offer(risky);
        Ok(())
    }

    fn skipped(&mut self, s: &Skipped) -> io::Result<()> {
        if self.skipped.len() < SKIPPED_SHOWN {
            let detail: String = s.detail.chars().take(200).collect();
            self.skipped
                .push((display_path(&s.path, &s.inner), s.reason, detail));
        }
        Ok(())
    }

    fn changes(&mut self, c: &Changes) -> io::Result<()> {
        let mut c = c.clone();
        c.new_files.truncate(CHANGED_SHOWN);
        c.resolved_files.truncate(CHANGED_SHOWN);
        self.changes = Some(c);
        Ok(())
    }

    fn summary(&mut self, s: &Summary) -> io::Result<()> {
        let page = self.render(s);
        self.out.write_all(page.as_bytes())?;
        self.out.flush()
    }
}

fn verdicts(h: &mut String, s: &Summary) {
    let phi = s.verdicts.get(&Verdict::Phi).copied().unwrap_or(0);
    let pii = s.verdicts.get(&Verdict::Pii).copied().unwrap_or(0);
    let other: u64 = s
        .verdicts
        .iter()
        .filter(|(v, _)| !matches!(v, Verdict::Phi | Verdict::Pii))
        .map(|(_, n)| n)
        .sum();
    let with = phi + pii + other;
    let clean = s.files.saturating_sub(with);
    h.push_str("<section id=\"verdicts\"><h2>Files by verdict</h2>");
    let parts = [
        ("phi", "PHI: identifiers with health information", phi),
        ("pii", "PII: identifiers, no health information", pii),
        ("low", "clinical codes, no identifier", other),
        ("clean", "clean", clean),
    ];
    let total = parts.iter().map(|p| p.2).sum::<u64>().max(1);
    h.push_str("<svg class=\"chart\" id=\"verdict-chart\" width=\"100%\" height=\"34\" viewBox=\"0 0 1000 34\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"Files by verdict\">");
    let mut x = 0u64;
    for (class, label, n) in parts {
        if n == 0 {
            continue;
        }
        // At least 4 units wide, so a handful of PHI files among a
        // million clean ones is still seen.
        let w = (n * 1000 / total).max(4);
        let _ = write!(
            h,
            "<rect x=\"{x}\" y=\"0\" width=\"{w}\" height=\"34\" class=\"{class}\"><title>{label}: {}</title></rect>",
            group(n)
        );
        x += w;
    }
    h.push_str("</svg><ul class=\"legend\">");
    for (class, label, n) in parts {
        let _ = write!(
            h,
            "<li><i class=\"{class}\"></i>{label}: <b>{}</b></li>",
            group(n)
        );
    }
    h.push_str("</ul></section>\n");
}

fn kinds_chart(h: &mut String, s: &Summary) {
    h.push_str("<section id=\"kinds\"><h2>Findings by kind</h2>");
    if s.by_kind.is_empty() {
        h.push_str("<p class=\"ok\">No findings.</p></section>\n");
        return;
    }
    let mut v: Vec<(Kind, u64)> = s.by_kind.iter().map(|(k, n)| (*k, *n)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let max = v[0].1.max(1);
    let row = 26;
    let height = row * v.len() + 4;
    let _ = write!(
        h,
        "<svg class=\"chart\" id=\"kind-chart\" width=\"760\" height=\"{height}\" viewBox=\"0 0 760 {height}\" role=\"img\" aria-label=\"Findings by kind\">"
    );
    for (i, (k, n)) in v.iter().enumerate() {
        let y = i * row + 2;
        let w = (n * 480 / max).max(2);
        let _ = write!(
            h,
            "<text x=\"150\" y=\"{ty}\" text-anchor=\"end\">{name}</text>\
             <rect x=\"160\" y=\"{y}\" width=\"{w}\" height=\"{bh}\" class=\"{fam}\"><title>{name}: {cnt}</title></rect>\
             <text x=\"{tx}\" y=\"{ty}\">{cnt}</text>",
            ty = y + 15,
            bh = row - 6,
            name = kind_words(*k),
            fam = family(*k).0,
            tx = 166 + w,
            cnt = group(*n)
        );
    }
    h.push_str("</svg></section>\n");
}

fn changed_table(h: &mut String, title: &str, files: &[ChangedFile], total: u64) {
    let _ = write!(h, "<h3>{}</h3>", esc(title));
    if files.is_empty() {
        h.push_str("<p class=\"note\">None.</p>");
        return;
    }
    h.push_str("<table class=\"sort\"><thead><tr><th>File</th><th class=\"n\">findings</th><th>by kind</th></tr></thead><tbody>");
    for f in files {
        let n: u64 = f.counts.values().sum();
        let kinds = f
            .counts
            .iter()
            .map(|(k, n)| format!("{} {}", k.as_str(), group(*n)))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = write!(
            h,
            "<tr><td class=\"path\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            esc(&display_path(&f.path, &f.inner)),
            group(n),
            esc(&kinds)
        );
    }
    h.push_str("</tbody></table>");
    if total > files.len() as u64 {
        let _ = write!(
            h,
            "<p class=\"note\">{} of {} listed; <code>phiscan report --state FILE --format csv</code> lists every finding.</p>",
            files.len(),
            group(total)
        );
    }
}

/// A kind's family: CSS class, heading, what to do. The families group
/// kinds that call for the same action, so the page says each once.
fn family(k: Kind) -> (&'static str, &'static str, &'static str) {
    match k {
        Kind::Ssn | Kind::Itin => ("gov", "Social Security and taxpayer numbers", GOV),
        Kind::Mrn | Kind::Mbi | Kind::Hicn | Kind::HealthPlanId | Kind::Account => (
            "rec",
            "Medical record, Medicare, plan and account numbers",
            REC,
        ),
        Kind::Icd10 | Kind::Icd9 | Kind::Ndc => ("clin", "Diagnoses and drugs", CLIN),
        Kind::Name
        | Kind::Dob
        | Kind::Date
        | Kind::Age
        | Kind::Address
        | Kind::Zip
        | Kind::Phone
        | Kind::Fax
        | Kind::Email => ("demo", "Names, dates, ages and contact details", DEMO),
        Kind::Npi | Kind::Dea => ("prov", "Provider numbers (NPI, DEA)", PROV),
        Kind::License | Kind::Vin | Kind::DeviceId | Kind::Ip | Kind::Url | Kind::OtherId => {
            ("oth", "Licence, vehicle, device and other identifiers", OTH)
        }
    }
}

const GOV: &str = "<b>Delete</b> the copy if the business does not need it (old exports, scans of forms, test data). \
    If it must be kept, <b>move</b> it to the restricted records system and remove the share copy; \
    never keep these numbers in open shares, e-mail attachments or spreadsheets.";
const REC: &str = "<b>Move</b> files that belong to the clinical or billing record into that system (EHR, billing, \
    document management) and delete the share copy. Files that must stay on the share: <b>protect</b> them — restrict \
    the folder to the care team, and encrypt archives and exports.";
const CLIN: &str = "Diagnosis and drug codes are PHI beside an identifier. <b>Protect</b>: restrict access to the \
    people who treat or bill the patient; for reporting and research, replace the identifiers (de-identify) \
    before the file leaves the clinical team.";
const DEMO: &str = "On their own these are personal data; with a diagnosis they are PHI. <b>Protect</b> lists of \
    patients (restrict the folder, encrypt when sent) and <b>delete</b> copies past their retention period, such as \
    old mailing lists and exports.";
const PROV: &str = "Provider numbers are public registry data: no action on their own. Look at the file only when it \
    also lists patients (see its other kinds).";
const OTH: &str = "Check whether the identifier belongs to a patient. If it does, <b>protect</b> it as patient data; \
    if not (a company vehicle, a server address), allow it in <code>phiscan.toml</code> so it is not reported again.";

/// Families by urgency, as [`next_steps`] lists them.
const URGENCY: [&str; 6] = ["gov", "rec", "clin", "demo", "oth", "prov"];

fn next_steps(h: &mut String, s: &Summary) {
    h.push_str("<section id=\"next\"><h2>Next steps</h2>");
    if s.by_kind.is_empty() {
        h.push_str("<p class=\"ok\">Nothing to do: no findings.</p></section>\n");
        return;
    }
    let mut fams: BTreeMap<&str, (&str, &str, Vec<&str>, u64)> = BTreeMap::new();
    for (k, n) in &s.by_kind {
        let (class, title, text) = family(*k);
        let e = fams.entry(class).or_insert((title, text, Vec::new(), 0));
        e.2.push(k.as_str());
        e.3 += n;
    }
    // Most urgent family first, whatever its count: one SSN outweighs a
    // thousand dates.
    let mut v: Vec<_> = fams.into_iter().collect();
    v.sort_by_key(|(class, _)| URGENCY.iter().position(|c| c == class));
    h.push_str("<ol class=\"steps\">");
    for (class, (title, text, kinds, n)) in v {
        let _ = write!(
            h,
            "<li class=\"{class}\"><h3>{title} <small>{} findings: {}</small></h3><p>{text}</p></li>",
            group(n),
            kinds.join(", ")
        );
    }
    h.push_str(
        "</ol><p class=\"note\">A finding that is not patient data (a test value, a public number) can be allowed in \
         <code>phiscan.toml</code> or a baseline, so the next report shows only what needs work.</p></section>\n",
    );
}

fn kind_words(k: Kind) -> &'static str {
    match k {
        Kind::Name => "name",
        Kind::Dob => "date of birth",
        Kind::Date => "date",
        Kind::Ssn => "SSN",
        Kind::Itin => "ITIN",
        Kind::Mrn => "record number",
        Kind::Mbi => "Medicare MBI",
        Kind::Hicn => "Medicare HICN",
        Kind::HealthPlanId => "health plan id",
        Kind::Npi => "NPI",
        Kind::Dea => "DEA number",
        Kind::Icd10 => "ICD-10 code",
        Kind::Icd9 => "ICD-9 code",
        Kind::Ndc => "drug code (NDC)",
        Kind::Phone => "phone",
        Kind::Fax => "fax",
        Kind::Email => "e-mail",
        Kind::Address => "address",
        Kind::Zip => "ZIP code",
        Kind::Ip => "IP address",
        Kind::Url => "URL",
        Kind::Account => "account number",
        Kind::License => "licence number",
        Kind::Vin => "vehicle id (VIN)",
        Kind::DeviceId => "device id",
        Kind::Age => "age over 89",
        Kind::OtherId => "other id",
    }
}

fn skip_words(r: SkipReason) -> &'static str {
    match r {
        SkipReason::NotRegular => "not a regular file",
        SkipReason::Unreadable => "unreadable (permissions, I/O error)",
        SkipReason::TooLarge => "too large",
        SkipReason::ArchiveBudget => "archive limit reached",
        SkipReason::Encrypted => "encrypted",
        SkipReason::Corrupt => "damaged",
        SkipReason::Timeout => "took too long",
        SkipReason::Unsupported => "format not supported",
    }
}

/// `s` safe in HTML text and in quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters (a file name may hold any byte but `/`
            // and NUL) would make the page invalid; show them as U+FFFD.
            c if c.is_control() && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// `1234567` as `1,234,567`.
fn group(n: u64) -> String {
    let d = n.to_string();
    let mut out = String::with_capacity(d.len() + d.len() / 3);
    for (i, c) in d.chars().enumerate() {
        if i > 0 && (d.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The current time as `YYYY-MM-DD HH:MM` (UTC), without a date crate.
fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = date_of(secs / 86_400);
    let t = secs % 86_400;
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}", t / 3600, t % 3600 / 60)
}

/// The proleptic Gregorian date `days` after 1970-01-01 (counting in
/// 400-year eras of 146,097 days, with years starting in March so the
/// leap day ends a year).
fn date_of(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y, m, d)
}

const HEAD: &str = r#"<!DOCTYPE html>
<html lang="en" data-script="pending">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>phiscan morning report</title>
<script>
window.onerror = function (msg) {
  var d = document.documentElement;
  d.setAttribute('data-script', 'error');
  d.setAttribute('data-errors', (d.getAttribute('data-errors') || '') + String(msg) + '\n');
};
</script>
<style>
:root{--phi:#c62828;--pii:#ef8f00;--low:#8e7cc3;--clean:#9ccc65;--ink:#1d2430;--mute:#5f6b7a;--line:#dde3ea}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);margin:0;background:#f5f7fa}
header{background:#1d2430;color:#fff;padding:18px 32px}
header h1{margin:0;font-size:22px}
.sub{margin:4px 0 0;color:#c9d2dc}
section{background:#fff;margin:16px 32px;padding:16px 20px;border:1px solid var(--line);border-radius:6px}
h2{margin:0 0 12px;font-size:17px}
h3{font-size:14px;margin:14px 0 6px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:8px}
.card{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:120px}
.card b{display:block;font-size:20px}
.card span{color:var(--mute);font-size:12px}
.ok{color:#2e7d32}.bad{color:var(--phi);font-weight:600}
.note{color:var(--mute);font-size:12.5px}
table{border-collapse:collapse;width:100%;margin:6px 0}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:#eef2f6;font-weight:600;white-space:nowrap}
table.sort th{cursor:pointer}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.path{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12.5px;word-break:break-all}
.ex{font-size:12px;color:var(--mute)}.ex code{color:var(--ink)}
.v{padding:1px 6px;border-radius:3px;color:#fff;font-size:12px}
.v.phi{background:var(--phi)}.v.pii{background:var(--pii)}.v.clean{background:var(--clean)}
svg.chart text{font-size:12px;fill:var(--ink)}
rect.phi{fill:var(--phi)}rect.pii{fill:var(--pii)}rect.low{fill:var(--low)}rect.clean{fill:var(--clean)}
rect.gov{fill:#b71c1c}rect.rec{fill:#d84315}rect.clin{fill:#6a1b9a}rect.demo{fill:#1565c0}rect.prov{fill:#78909c}rect.oth{fill:#00897b}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:18px;margin:8px 0 0}
.legend i{display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:-1px}
.legend i.phi{background:var(--phi)}.legend i.pii{background:var(--pii)}.legend i.low{background:var(--low)}.legend i.clean{background:var(--clean)}
.steps{padding-left:20px}.steps li{margin-bottom:8px}.steps h3{margin:0}.steps small{color:var(--mute);font-weight:normal}.steps p{margin:2px 0}
input[type=search]{padding:5px 8px;width:320px;border:1px solid var(--line);border-radius:4px}
footer{margin:8px 32px 24px;color:var(--mute);font-size:12px}
@media print{section{break-inside:avoid}input{display:none}}
</style>
</head>
<body>
"#;

const TAIL: &str = r#"<footer>phiscan reports where patient data sits, never what it says: every value on this page is masked.
This page loads nothing from the network.</footer>
<script>
(function () {
  function key(td) {
    var t = td.textContent.trim();
    var n = Number(t.replace(/,/g, ''));
    return t !== '' && !isNaN(n) ? n : t.toLowerCase();
  }
  document.querySelectorAll('table.sort').forEach(function (table) {
    table.querySelectorAll('th').forEach(function (th, col) {
      var asc = false;
      th.addEventListener('click', function () {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        asc = !asc;
        rows.sort(function (a, b) {
          var x = key(a.cells[col]), y = key(b.cells[col]);
          return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  var f = document.getElementById('filter');
  if (f) {
    f.addEventListener('input', function () {
      var q = f.value.toLowerCase();
      document.querySelectorAll('#top tbody tr').forEach(function (r) {
        r.style.display = r.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none';
      });
    });
  }
  var d = document.documentElement;
  if (d.getAttribute('data-script') === 'pending') d.setAttribute('data-script', 'ok');
})();
</script>
</body>
</html>
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::Fingerprint;
    use std::sync::Arc;

    fn finding(kind: Kind, masked: &str, value: &str) -> Finding {
        Finding {
            kind,
            detector: Arc::from("test"),
            confidence: Confidence::High,
            line: 3,
            column: 1,
            start: 0,
            end: value.len() as u64,
            masked: masked.to_string(),
            fingerprint: Fingerprint([7; 16]),
            context: format!("SSN: {masked} on file"),
            value: Some(value.to_string()),
            disk: None,
        }
    }

    fn report(path: &str, inner: &[&str], findings: Vec<Finding>, verdict: Verdict) -> FileReport {
        let mut counts = BTreeMap::new();
        for f in &findings {
            *counts.entry(f.kind).or_insert(0) += 1;
        }
        FileReport {
            path: path.to_string(),
            path_bytes: None,
            inner: inner.iter().map(|s| s.to_string()).collect(),
            findings,
            verdict,
            partial: false,
            counts,
            unlisted: BTreeMap::new(),
            unlisted_total: 0,
        }
    }

    fn summary(
        files: u64,
        by_kind: BTreeMap<Kind, u64>,
        verdicts: BTreeMap<Verdict, u64>,
    ) -> Summary {
        Summary {
            files,
            bytes: files * 40_000,
            findings: by_kind.values().sum(),
            unlisted: 0,
            skipped: 0,
            by_kind,
            skipped_by_reason: BTreeMap::new(),
            verdicts,
            elapsed_ms: 1234,
            complete: true,
            min_confidence: Confidence::Medium,
            interrupted: None,
            allowed: 0,
            baselined: 0,
        }
    }

    fn page(sink: Html<Vec<u8>>) -> String {
        String::from_utf8(sink.out).unwrap()
    }

    #[test]
    fn escapes_markup_quotes_and_controls() {
        assert_eq!(
            esc("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(esc("a\u{1b}[31mb\tc"), "a\u{FFFD}[31mb\tc");
        assert_eq!(esc("plain/ünïcode.txt"), "plain/ünïcode.txt");
    }

    #[test]
    fn groups_digits_and_dates_days() {
        assert_eq!(group(0), "0");
        assert_eq!(group(999), "999");
        assert_eq!(group(1_000), "1,000");
        assert_eq!(group(1_234_567), "1,234,567");
        assert_eq!(date_of(0), (1970, 1, 1));
        assert_eq!(date_of(11_016), (2000, 2, 29));
        assert_eq!(date_of(20_794), (2026, 12, 7));
    }

    #[test]
    fn never_writes_a_raw_value_and_escapes_paths() {
        let mut sink = Html::new(Vec::new());
        let f = finding(Kind::Ssn, "***-**-4471", "212-09-4471");
        sink.file(&report(
            "share/<script>alert(1)</script>/a.zip",
            &["b.docx"],
            vec![f],
            Verdict::Phi,
        ))
        .unwrap();
        let mut kinds = BTreeMap::new();
        kinds.insert(Kind::Ssn, 1);
        let mut v = BTreeMap::new();
        v.insert(Verdict::Phi, 1);
        sink.summary(&summary(10, kinds, v)).unwrap();
        let html = page(sink);
        assert!(!html.contains("212-09-4471"), "raw value in the page");
        assert!(html.contains("***-**-4471"));
        assert!(!html.contains("<script>alert"));
        assert!(html.contains("share/&lt;script&gt;alert(1)&lt;/script&gt;/a.zip!b.docx"));
        assert!(html.contains("No earlier run"));
        // Exactly two script elements: the error recorder and the sorter.
        assert_eq!(html.matches("<script>").count(), 2);
    }

    #[test]
    fn top_files_keep_the_riskiest_and_stay_bounded() {
        let mut sink = Html::new(Vec::new());
        for i in 0..5_000u64 {
            // File i has i % 97 + 1 SSNs; a few have many more.
            let n = if i % 1000 == 999 { 500 } else { i % 97 + 1 };
            let mut r = report(
                &format!("d{}/f{i}.txt", i % 10),
                &[],
                Vec::new(),
                Verdict::Pii,
            );
            r.counts.insert(Kind::Ssn, n);
            sink.file(&r).unwrap();
        }
        assert_eq!(sink.top.len(), TOP_FILES);
        let worst: Vec<&Risky> = sink.top.iter().map(|r| &r.0).collect();
        for i in [999, 1999, 2999, 3999, 4999] {
            let p = format!("d9/f{i}.txt");
            assert!(worst.iter().any(|r| r.shown == p), "{p} dropped");
        }
        let min = worst.iter().map(|r| r.score).min().unwrap();
        assert!(min >= weight(Kind::Ssn) * 96, "a weak file kept: {min}");
        // Folders: ten, counted in full.
        assert_eq!(sink.folders.len(), 10);
        assert_eq!(sink.folders["d3"].pii, 500);
        assert!(!sink.folders_cut);
    }

    #[test]
    fn folder_map_is_cut_to_the_busiest() {
        let mut sink = Html::new(Vec::new());
        // One busy folder among many with one file each.
        for _ in 0..10 {
            sink.count_folder("busy/x.txt", Verdict::Phi, 3);
        }
        for i in 0..(MAX_FOLDERS as u64 * 2) {
            sink.count_folder(&format!("f{i}/x.txt"), Verdict::Pii, 1);
        }
        assert!(sink.folders.len() <= MAX_FOLDERS);
        assert!(sink.folders_cut);
        assert_eq!(sink.folders["busy"].phi, 10);
        assert_eq!(folder_of("a.txt"), ".");
        assert_eq!(folder_of("/a.txt"), "/");
        assert_eq!(folder_of("/x/y/a.zip"), "/x/y");
    }

    #[test]
    fn parts_of_one_unit_are_one_file_with_early_examples() {
        let mut sink = Html::new(Vec::new());
        let mut first = report(
            "big.csv",
            &[],
            vec![finding(Kind::Mrn, "*****57", "MRN-1")],
            Verdict::Phi,
        );
        first.partial = true;
        sink.file(&first).unwrap();
        let mut last = report(
            "big.csv",
            &[],
            vec![finding(Kind::Ssn, "***-**-0001", "x")],
            Verdict::Phi,
        );
        last.counts.insert(Kind::Mrn, 40);
        sink.file(&last).unwrap();
        assert_eq!(sink.top.len(), 1);
        assert!(sink.pending.is_empty());
        let r = &sink.top.peek().unwrap().0;
        assert_eq!(r.examples.len(), 2);
        assert_eq!(r.counts[&Kind::Mrn], 40);
        assert_eq!(sink.folders["."].phi, 1);
    }

    #[test]
    fn examples_are_the_strongest_findings() {
        let mut ex = Vec::new();
        let mut date = finding(Kind::Date, "**/**/2023", "01/02/2023");
        date.confidence = Confidence::Medium;
        for _ in 0..5 {
            keep_example(&mut ex, &date);
        }
        keep_example(&mut ex, &finding(Kind::Ssn, "***-**-4471", "212-09-4471"));
        keep_example(
            &mut ex,
            &finding(Kind::Name, "M**** D******", "Maria Delgado"),
        );
        let kinds: Vec<Kind> = ex.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, [Kind::Ssn, Kind::Name, Kind::Date]);
    }

    #[test]
    fn an_interrupted_scan_says_so_and_lists_a_bounded_skip_list() {
        let mut sink = Html::new(Vec::new());
        for i in 0..70 {
            sink.skipped(&Skipped {
                path: format!("locked/<{i}>.xlsx"),
                path_bytes: None,
                inner: vec![],
                reason: SkipReason::Encrypted,
                detail: "password-protected".into(),
            })
            .unwrap();
        }
        let mut s = summary(3, BTreeMap::new(), BTreeMap::new());
        s.complete = false;
        s.interrupted = Some("SIGTERM");
        s.skipped = 70;
        s.skipped_by_reason.insert(SkipReason::Encrypted, 70);
        sink.summary(&s).unwrap();
        let html = page(sink);
        assert!(html.contains("Interrupted by SIGTERM"));
        assert!(html.contains("Not everything was scanned"));
        assert!(html.contains("<td>encrypted</td><td class=\"n\">70</td>"));
        assert!(html.contains("locked/&lt;49&gt;.xlsx"));
        assert!(
            !html.contains("locked/&lt;50&gt;.xlsx"),
            "skip list not bounded"
        );
        assert!(html.contains("The first 50 of 70 are listed"));
        assert!(html.contains("Nothing to do: no findings."));
    }

    #[test]
    fn changes_are_shown_when_sent() {
        let mut sink = Html::new(Vec::new());
        let mut counts = BTreeMap::new();
        counts.insert(Kind::Name, 2);
        let c = Changes {
            since_run: 41,
            since_started: "2026-12-06T01:00:00Z".into(),
            new_findings: 12,
            resolved_findings: 3,
            unchanged_findings: 100,
            new_files: (0..200)
                .map(|i| ChangedFile {
                    path: format!("new/<{i}>.txt"),
                    inner: vec![],
                    counts: counts.clone(),
                })
                .collect(),
            new_files_total: 200,
            resolved_files: vec![ChangedFile {
                path: "old/list.xlsx".into(),
                inner: vec!["xl/sheet1.xml".into()],
                counts: counts.clone(),
            }],
            resolved_files_total: 1,
        };
        sink.changes(&c).unwrap();
        sink.summary(&summary(5, BTreeMap::new(), BTreeMap::new()))
            .unwrap();
        let html = page(sink);
        assert!(html.contains("Compared with run 41"));
        assert!(html.contains("new/&lt;0&gt;.txt"));
        assert!(!html.contains("new/&lt;60&gt;.txt"), "list not bounded");
        assert!(html.contains("50 of 200 listed"));
        assert!(html.contains("old/list.xlsx!xl/sheet1.xml"));
        assert!(!html.contains("No earlier run"));
    }

    /// Writes the morning report of a synthetic scan of 1,000,000 files
    /// with 100,000 findings (in 40,000 files over 8,000 folders) to
    /// `PHISCAN_HTML_BENCH_OUT`, for `benches/html.sh` to open in
    /// Chromium. Run by hand: `cargo test --release --lib
    /// report::html::tests::bench_page -- --ignored`.
    #[test]
    #[ignore]
    fn bench_page() {
        let Some(out) = std::env::var_os("PHISCAN_HTML_BENCH_OUT") else {
            panic!("set PHISCAN_HTML_BENCH_OUT to the page to write");
        };
        let started = std::time::Instant::now();
        let mut sink = Html::new(std::io::BufWriter::new(
            std::fs::File::create(&out).unwrap(),
        ));
        let kinds = [
            Kind::Ssn,
            Kind::Name,
            Kind::Dob,
            Kind::Icd10,
            Kind::Phone,
            Kind::Mrn,
            Kind::Zip,
        ];
        let mut by_kind = BTreeMap::new();
        let mut verdicts = BTreeMap::new();
        let mut findings = 0u64;
        for i in 0..40_000u64 {
            let n: u64 = if i % 4 == 0 { 4 } else { 2 }; // 100,000 in all
            let fs: Vec<Finding> = (0..n)
                .map(|j| {
                    let k = kinds[((i + j) % kinds.len() as u64) as usize];
                    finding(k, "***-**-1234", "212-09-1234")
                })
                .collect();
            let v = if i % 3 == 0 {
                Verdict::Phi
            } else {
                Verdict::Pii
            };
            let inner: &[&str] = if i % 5 == 0 {
                &["export.zip", "letter.docx"]
            } else {
                &[]
            };
            let r = report(
                &format!("/srv/share/dept{}/patient{}/file{i}.pdf", i % 40, i % 8_000),
                inner,
                fs,
                v,
            );
            for (k, c) in &r.counts {
                *by_kind.entry(*k).or_insert(0) += c;
            }
            *verdicts.entry(v).or_insert(0) += 1;
            findings += n;
            sink.file(&r).unwrap();
        }
        assert_eq!(findings, 100_000);
        let mut s = summary(1_000_000, by_kind, verdicts);
        s.bytes = 1 << 40;
        sink.summary(&s).unwrap();
        let size = std::fs::metadata(&out).unwrap().len();
        eprintln!(
            "bench page: {size} bytes, built in {:?} ({} folders kept)",
            started.elapsed(),
            sink.folders.len()
        );
        assert!(size < 1 << 20, "the page grew with the scan: {size} bytes");
    }
}
