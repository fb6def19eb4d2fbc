//! Prompt templates: text files under PROMPTS_DIR with `{name}` placeholders and
//! `{{ }}` for literal braces, checked when loaded (file and line on error).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Placeholders an orchestrator template may use.
pub const ORCHESTRATOR_PLACEHOLDERS: [&str; 7] = [
    "conversation_context",
    "speaker",
    "sentiment",
    "emotion",
    "text",
    "conversation_stats",
    "format_instructions",
];

/// Placeholders every orchestrator template must use.
pub const ORCHESTRATOR_REQUIRED: [&str; 3] =
    ["conversation_context", "text", "format_instructions"];

/// A template that cannot be used, with where the problem is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}:{line}: {message}", file.display())]
pub struct PromptError {
    /// The template file.
    pub file: PathBuf,
    /// The 1-based line of the problem.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Literal(String),
    Placeholder(&'static str),
}

/// A parsed, checked template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    segments: Vec<Segment>,
}

impl Template {
    /// Parses `source` (read from `file`), allowing only `allowed` placeholders
    /// and requiring every one of `required`.
    ///
    /// # Errors
    /// [`PromptError`] naming the file and line of an unknown placeholder, a
    /// stray brace, or (at the last line) a missing placeholder.
    pub fn parse(
        file: &Path,
        source: &str,
        allowed: &[&'static str],
        required: &[&str],
    ) -> Result<Self, PromptError> {
        let fail = |line: usize, message: String| PromptError {
            file: file.to_owned(),
            line,
            message,
        };
        let mut segments = Vec::new();
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
                    segments.push(Segment::Literal(std::mem::take(&mut literal)));
                    segments.push(Segment::Placeholder(known));
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
        segments.push(Segment::Literal(literal));
        let template = Self { segments };
        if let Some(missing) = required.iter().find(|r| !template.uses(r)) {
            return Err(fail(
                line,
                format!("missing required placeholder {{{missing}}}"),
            ));
        }
        Ok(template)
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
        let mut out = String::new();
        for segment in &self.segments {
            match segment {
                Segment::Literal(text) => out.push_str(text),
                Segment::Placeholder(name) => out.push_str(&value(name)),
            }
        }
        out
    }
}

/// Every orchestrator template version found under PROMPTS_DIR.
#[derive(Debug, Clone, Default)]
pub struct PromptSet {
    orchestrator: BTreeMap<String, Arc<Template>>,
}

impl PromptSet {
    /// Loads and checks `dir/orchestrator/*.txt`, each file a version (`v1.txt`).
    ///
    /// # Errors
    /// [`PromptError`] for the first unreadable or invalid template.
    pub fn load(dir: &Path) -> Result<Self, PromptError> {
        let folder = dir.join("orchestrator");
        let entries = std::fs::read_dir(&folder).map_err(|e| PromptError {
            file: folder.clone(),
            line: 0,
            message: format!("cannot read the folder: {e}"),
        })?;
        let mut orchestrator = BTreeMap::new();
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            if path.extension().and_then(|e| e.to_str()) != Some("txt") {
                continue;
            }
            let Some(version) = path.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else {
                continue;
            };
            let source = std::fs::read_to_string(&path).map_err(|e| PromptError {
                file: path.clone(),
                line: 0,
                message: format!("cannot read: {e}"),
            })?;
            let template = Template::parse(
                &path,
                &source,
                &ORCHESTRATOR_PLACEHOLDERS,
                &ORCHESTRATOR_REQUIRED,
            )?;
            orchestrator.insert(version, Arc::new(template));
        }
        Ok(Self { orchestrator })
    }

    /// The orchestrator template of `version`.
    #[must_use]
    pub fn orchestrator(&self, version: &str) -> Option<Arc<Template>> {
        self.orchestrator.get(version).cloned()
    }

    /// The orchestrator versions available, sorted.
    #[must_use]
    pub fn orchestrator_versions(&self) -> Vec<String> {
        self.orchestrator.keys().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(source: &str) -> Result<Template, PromptError> {
        Template::parse(
            Path::new("t.txt"),
            source,
            &ORCHESTRATOR_PLACEHOLDERS,
            &["text"],
        )
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
    fn the_shipped_templates_are_valid() {
        let set = PromptSet::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("prompts")).unwrap();
        assert!(set.orchestrator("v1").is_some());
    }
}
