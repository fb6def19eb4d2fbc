//! Prompt templates: text files under PROMPTS_DIR with `{name}` placeholders and
//! `{{ }}` for literal braces, checked when loaded (file and line on error).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::render::constant_value;
use super::source::PromptSource;
use super::tokens::{KnownPart, TokenCounter};

/// Placeholders a template may use, whatever its kind. The `compact_*` ones are
/// token-lean renderings of the same facts (see [`super::render`]).
pub const PLACEHOLDERS: [&str; 10] = [
    "conversation_context",
    "compact_context",
    "speaker",
    "sentiment",
    "emotion",
    "text",
    "conversation_stats",
    "compact_stats",
    "format_instructions",
    "compact_format",
];

/// Placeholders a template must use: one of each group (the full or the compact
/// context, the message's text, the full or the compact answer format).
pub const REQUIRED: [&[&str]; 3] = [
    &["conversation_context", "compact_context"],
    &["text"],
    &["format_instructions", "compact_format"],
];

/// Placeholders a summarizer template may use: the summary so far, the messages
/// to fold into it, the answer format.
pub const SUMMARIZER_PLACEHOLDERS: [&str; 3] = ["summary", "messages", "format_instructions"];

/// Placeholders a summarizer template must use: all of them.
pub const SUMMARIZER_REQUIRED: [&[&str]; 3] =
    [&["summary"], &["messages"], &["format_instructions"]];

/// What a template is for; each kind has its own folder under PROMPTS_DIR.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PromptKind {
    /// The orchestrator: a suggestion for the last message.
    Orchestrator,
    /// The closing detector: is this the moment to close?
    ClosingDetector,
    /// The summarizer: the messages leaving the window, folded into the summary.
    Summarizer,
}

impl PromptKind {
    /// Every kind.
    pub const ALL: [Self; 3] = [Self::Orchestrator, Self::ClosingDetector, Self::Summarizer];

    /// The folder of its templates, and its name in messages.
    #[must_use]
    pub fn folder(self) -> &'static str {
        match self {
            Self::Orchestrator => "orchestrator",
            Self::ClosingDetector => "closing_detector",
            Self::Summarizer => "summarizer",
        }
    }

    /// The placeholders its templates may use.
    #[must_use]
    pub fn placeholders(self) -> &'static [&'static str] {
        match self {
            Self::Orchestrator | Self::ClosingDetector => &PLACEHOLDERS,
            Self::Summarizer => &SUMMARIZER_PLACEHOLDERS,
        }
    }

    /// The placeholder groups its templates must use (one of each group).
    #[must_use]
    pub fn required(self) -> &'static [&'static [&'static str]] {
        match self {
            Self::Orchestrator | Self::ClosingDetector => &REQUIRED,
            Self::Summarizer => &SUMMARIZER_REQUIRED,
        }
    }
}

/// A template that cannot be used, with where the problem is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{}: {message}", file.display(), line_of(*line))]
pub struct PromptError {
    /// The template file (or folder).
    pub file: PathBuf,
    /// The 1-based line of the problem; 0 when it is not in a line (an
    /// unreadable file or folder).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// `:N` for a line, nothing for 0 (the problem is the file, not a line of it).
fn line_of(line: usize) -> String {
    if line == 0 {
        String::new()
    } else {
        format!(":{line}")
    }
}

/// A template as parsed, before adjacent texts are joined.
enum Part {
    Text(String),
    Placeholder(&'static str),
}

#[derive(Debug, Clone, PartialEq)]
enum Segment {
    Literal(Literal),
    Placeholder(&'static str),
}

/// Room made for the placeholders' values when a prompt is rendered (a prompt's
/// conversation takes a few kilobytes: one allocation instead of a doubling
/// series).
const VALUES_CAPACITY: usize = 8 * 1024;

impl Segment {
    /// The bytes of fixed text it renders.
    fn fixed_len(&self) -> usize {
        match self {
            Self::Literal(literal) => literal.text.len(),
            Self::Placeholder(_) => 0,
        }
    }
}

/// Fixed text of a template, with the estimate of its whole lines.
#[derive(Debug, Clone, PartialEq)]
struct Literal {
    text: String,
    /// Its whole lines: from `start` to `end` (bytes of `text`), and their raw
    /// estimate for each tokenizer family ([`TokenCounter::families`]).
    lines: Option<(usize, usize, [f64; 2])>,
}

impl Literal {
    /// `text`, which starts the template when `first`.
    fn new(text: String, first: bool) -> Self {
        let lines = whole_lines(&text, first).map(|(start, end)| {
            let raw = TokenCounter::families().map(|counter| counter.raw(&text[start..end]));
            (start, end, raw)
        });
        Self { text, lines }
    }
}

/// The bytes of `text` that stand on lines of their own wherever it is put
/// (see [`super::tokens::known::stands_alone`]): from after a line break (or the start, for
/// the text that starts a template) to before one, trimmed to no white space
/// at either edge.
fn whole_lines(text: &str, first: bool) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let starts = |at: usize| (at > 0 && bytes[at - 1] == b'\n') || (at == 0 && first);
    let start = (0..bytes.len()).find(|&at| starts(at) && !bytes[at].is_ascii_whitespace())?;
    let end = (start + 1..bytes.len())
        .rev()
        .find(|&at| bytes[at] == b'\n' && !bytes[at - 1].is_ascii_whitespace())?;
    Some((start, end))
}

/// A parsed, checked template.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    segments: Vec<Segment>,
}

impl Template {
    /// Parses `source` (read from `file`), allowing only `allowed` placeholders
    /// and requiring one placeholder of each group of `required`.
    ///
    /// # Errors
    /// [`PromptError`] naming the file and line of an unknown placeholder, a
    /// stray brace, or (at the last line) a missing placeholder.
    pub fn parse(
        file: &Path,
        source: &str,
        allowed: &[&'static str],
        required: &[&[&str]],
    ) -> Result<Self, PromptError> {
        let fail = |line: usize, message: String| PromptError {
            file: file.to_owned(),
            line,
            message,
        };
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut chars = source.chars().peekable();
        let mut line = 1;
        while let Some(c) = chars.next() {
            match (c, chars.peek()) {
                ('{', Some('{')) | ('}', Some('}')) => {
                    chars.next();
                    literal.push(c);
                }
                ('{', _) => {
                    let name: String = chars.by_ref().take_while(|c| *c != '}').collect();
                    let known = allowed.iter().find(|a| **a == name).ok_or_else(|| {
                        fail(line, format!("unknown placeholder {{{name}}} (allowed: {}; write {{{{ for a literal brace)", allowed.join(", ")))
                    })?;
                    parts.push(Part::Text(std::mem::take(&mut literal)));
                    parts.push(Part::Placeholder(known));
                }
                ('}', _) => {
                    return Err(fail(
                        line,
                        "stray '}' (write '}}' for a literal brace)".to_owned(),
                    ));
                }
                _ => {
                    line += usize::from(c == '\n');
                    literal.push(c);
                }
            }
        }
        parts.push(Part::Text(literal));
        let template = Self::from_parts(parts);
        template
            .missing(required)
            .map_or(Ok(template), |message| Err(fail(line, message)))
    }

    /// The template of `parts`, adjacent texts joined.
    fn from_parts(parts: Vec<Part>) -> Self {
        let mut joined: Vec<Part> = Vec::new();
        for part in parts {
            match (joined.last_mut(), part) {
                (Some(Part::Text(before)), Part::Text(text)) => before.push_str(&text),
                (_, part) => joined.push(part),
            }
        }
        let segments = joined
            .into_iter()
            .enumerate()
            .map(|(index, part)| match part {
                Part::Text(text) => Segment::Literal(Literal::new(text, index == 0)),
                Part::Placeholder(name) => Segment::Placeholder(name),
            })
            .collect();
        Self { segments }
    }

    /// The template with the placeholders whose text is the same for every
    /// conversation (`constant` answers them: an answer format) written in as
    /// fixed text, so that their estimate is made once, not per prompt.
    #[must_use]
    pub fn with_constants(self, constant: impl Fn(&str) -> Option<&'static str>) -> Self {
        let parts = self.segments.into_iter().map(|segment| match segment {
            Segment::Literal(literal) => Part::Text(literal.text),
            Segment::Placeholder(name) => {
                constant(name).map_or(Part::Placeholder(name), |text| Part::Text(text.to_owned()))
            }
        });
        Self::from_parts(parts.collect())
    }

    /// What is missing when the template uses no placeholder of a group of
    /// `required`.
    fn missing(&self, required: &[&[&str]]) -> Option<String> {
        required
            .iter()
            .find(|g| !g.iter().any(|r| self.uses(r)))
            .map(|group| missing_message(group))
    }

    /// Whether the template uses placeholder `name`.
    #[must_use]
    pub fn uses(&self, name: &str) -> bool {
        self.segments
            .iter()
            .any(|s| matches!(s, Segment::Placeholder(p) if *p == name))
    }

    /// Renders the template; `value` gives each placeholder's text.
    #[must_use]
    pub fn render(&self, value: impl Fn(&str) -> String) -> String {
        self.render_known(0, value).0
    }

    /// Renders the template, and says where its fixed lines are in the text,
    /// with their estimate for the tokenizer `family` ([`TokenCounter::family`]).
    #[must_use]
    pub fn render_known(
        &self,
        family: u8,
        value: impl Fn(&str) -> String,
    ) -> (String, Vec<KnownPart>) {
        let fixed: usize = self.segments.iter().map(Segment::fixed_len).sum();
        let mut out = String::with_capacity(fixed + VALUES_CAPACITY);
        let mut known = Vec::with_capacity(self.segments.len());
        for segment in &self.segments {
            match segment {
                Segment::Literal(literal) => {
                    if let Some((start, end, raw)) = literal.lines {
                        known.push(KnownPart {
                            at: out.len() + start,
                            len: end - start,
                            raw: raw[usize::from(family)],
                        });
                    }
                    out.push_str(&literal.text);
                }
                Segment::Placeholder(name) => out.push_str(&value(name)),
            }
        }
        (out, known)
    }
}

/// "missing required placeholder {a} (or {b})" for a group of alternatives.
fn missing_message(group: &[&str]) -> String {
    let mut message = "missing required placeholder".to_owned();
    for (index, name) in group.iter().enumerate() {
        message.push_str(if index == 0 { " {" } else { " (or {" });
        message.push_str(name);
        message.push_str(if index == 0 { "}" } else { "})" });
    }
    message
}

/// Every template version found under PROMPTS_DIR, per kind.
#[derive(Debug, Clone, Default)]
pub struct PromptSet {
    templates: BTreeMap<PromptKind, BTreeMap<String, Arc<Template>>>,
}

impl PromptSet {
    /// Loads and checks `dir/<kind>/*.txt` for every kind, each file a version
    /// (`orchestrator/v1.txt`).
    ///
    /// # Errors
    /// [`PromptError`] for the first unreadable or invalid template, in file-name order.
    pub fn load(dir: &Path) -> Result<Self, PromptError> {
        Self::load_from(&PromptSource::Dir(dir.to_owned()))
    }

    /// Loads and checks every template of `source`.
    ///
    /// # Errors
    /// [`PromptError`] for the first unreadable or invalid template, in file-name order.
    pub fn load_from(source: &PromptSource) -> Result<Self, PromptError> {
        let mut templates = BTreeMap::new();
        for kind in PromptKind::ALL {
            templates.insert(kind, load_kind(source, kind)?);
        }
        Ok(Self { templates })
    }

    /// The template of `kind` and `version`.
    #[must_use]
    pub fn get(&self, kind: PromptKind, version: &str) -> Option<Arc<Template>> {
        self.templates.get(&kind)?.get(version).cloned()
    }

    /// The versions of `kind` available, sorted.
    #[must_use]
    pub fn versions(&self, kind: PromptKind) -> Vec<String> {
        self.templates
            .get(&kind)
            .map(|versions| versions.keys().cloned().collect())
            .unwrap_or_default()
    }
}

/// The templates of one kind, by version.
fn load_kind(
    source: &PromptSource,
    kind: PromptKind,
) -> Result<BTreeMap<String, Arc<Template>>, PromptError> {
    let mut versions = BTreeMap::new();
    for file in source.templates(kind.folder())? {
        let template =
            Template::parse(&file.path, &file.text, kind.placeholders(), kind.required())?
                .with_constants(|name| constant_value(kind, name));
        versions.insert(file.version, Arc::new(template));
    }
    Ok(versions)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(source: &str) -> Result<Template, PromptError> {
        Template::parse(Path::new("t.txt"), source, &PLACEHOLDERS, &[&["text"]])
    }

    #[test]
    fn placeholders_render_and_double_braces_are_literal() {
        let t = parse("Say {{\"json\": {text}}}\n").unwrap();
        assert_eq!(
            t.render(|name| format!("<{name}>")),
            "Say {\"json\": <text>}\n"
        );
    }

    #[test]
    fn values_are_not_reparsed() {
        let t = parse("{text}").unwrap();
        assert_eq!(t.render(|_| "{speaker} {{".to_owned()), "{speaker} {{");
    }

    #[test]
    fn an_unknown_placeholder_is_reported_with_its_line() {
        let error = parse("line one {text}\nline two {client_name}\n").unwrap_err();
        assert_eq!(error.line, 2);
        assert!(
            error
                .to_string()
                .starts_with("t.txt:2: unknown placeholder {client_name}"),
            "{error}"
        );
    }

    #[test]
    fn a_missing_placeholder_and_stray_braces_are_reported() {
        let missing = parse("nothing here\n").unwrap_err();
        assert!(missing.message.contains("{text}"), "{missing}");
        let stray = parse("{text}\n}\n").unwrap_err();
        assert_eq!(stray.line, 2);
    }

    #[test]
    fn a_missing_group_names_every_alternative() {
        let t = Template::parse(Path::new("t.txt"), "{text}\n", &PLACEHOLDERS, &REQUIRED);
        let error = t.unwrap_err();
        assert_eq!(
            error.message,
            "missing required placeholder {conversation_context} (or {compact_context})"
        );
        let compact = "{compact_context} {text} {compact_format}";
        assert!(Template::parse(Path::new("t.txt"), compact, &PLACEHOLDERS, &REQUIRED).is_ok());
    }

    #[test]
    fn the_shipped_templates_are_valid() {
        let set = PromptSet::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("prompts")).unwrap();
        assert_eq!(set.versions(PromptKind::Orchestrator), ["v1", "v2", "v3"]);
        assert_eq!(set.versions(PromptKind::ClosingDetector), ["v1"]);
        assert_eq!(set.versions(PromptKind::Summarizer), ["v1"]);
    }
}
