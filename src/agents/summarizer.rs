//! The summarizer: folds the messages that leave a session's window into its
//! running summary (SPEC 8), with the LLM and `prompts/summarizer/`, or with the
//! embedded analyzer's extractive summary when there is no LLM, it is
//! unavailable, it fails, or it answers something that is not a summary.
//!
//! A fold never fails and never waits on anything but its own call: it runs in
//! the background (see `ws::fold`), and suggestions never wait for it. The
//! analyzer's digest (signals, objections, commitments, names and numbers) is
//! merged at every fold, whoever writes the text, so a fallback keeps what the
//! whole call said.

use std::time::Duration;

use serde_json::Value;
use tokio::time::Instant;

use super::error::AgentError;
use super::extract::find_json_object;
use super::fit::render_summarizer;
use super::parser::MAX_ANSWER_BYTES;
use super::remote::cache_key;
use super::store::PromptSnapshot;
use super::tokens::Budget;
use crate::domain::{FoldRequest, Folded, SummarySource};
use crate::llm::breaker::CircuitState;
use crate::llm::client::LlmClient;
use crate::llm::error::excerpt;

/// Longest summary kept from the LLM, in characters (about 500 tokens); a
/// longer one is cut at a sentence's end.
pub const MAX_SUMMARY_CHARS: usize = 2000;

/// Why a fold went to the analyzer, or `llm`: a metrics label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// The LLM wrote the summary.
    Llm,
    /// No LLM is configured.
    NoLlm,
    /// The LLM failed, was unavailable, or its prompt did not fit the budget.
    LlmFailed,
    /// The LLM answered something that is not a summary.
    Unparsable,
    /// The memory reached its cap while a fold was on its way: folded at once.
    Urgent,
}

impl Cause {
    /// The label value.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Llm => "llm",
            Self::NoLlm => "no_llm",
            Self::LlmFailed => "llm_failed",
            Self::Unparsable => "unparsable",
            Self::Urgent => "urgent",
        }
    }
}

/// Folds chunks of messages into summaries.
pub struct Summarizer {
    llm: Option<LlmClient>,
    version: String,
    budget: Budget,
    timeout: Duration,
}

impl std::fmt::Debug for Summarizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Summarizer")
            .field("llm", &self.llm.as_ref().map(LlmClient::backend_name))
            .field("version", &self.version)
            .finish_non_exhaustive()
    }
}

impl Summarizer {
    /// A summarizer asking `llm` (none: the analyzer alone) with prompt `version`
    /// (SUMMARIZER_PROMPT_VERSION) within `budget`, each call given `timeout`.
    #[must_use]
    pub fn new(llm: Option<LlmClient>, version: String, budget: Budget, timeout: Duration) -> Self {
        Self {
            llm,
            version,
            budget,
            timeout,
        }
    }

    /// Who writes the summaries: the LLM's backend name, or `local`.
    #[must_use]
    pub fn name(&self) -> &'static str {
        self.llm.as_ref().map_or("local", LlmClient::backend_name)
    }

    /// The state of the summarizer's circuit breaker, if it calls an LLM.
    #[must_use]
    pub fn circuit_state(&self) -> Option<CircuitState> {
        self.llm.as_ref().map(LlmClient::circuit_state)
    }

    /// Folds `request` into a new summary: the LLM's, or the analyzer's when
    /// there is no LLM or it gives no summary. Never fails.
    pub async fn fold(&self, request: &FoldRequest, snapshot: &PromptSnapshot) -> Folded {
        let Some(llm) = &self.llm else {
            return self.fold_locally(request, snapshot, Cause::NoLlm);
        };
        match self.ask(llm, request, snapshot).await {
            Ok(text) => {
                super::metrics::summary_folded(Cause::Llm);
                Folded {
                    text,
                    source: SummarySource::Llm,
                    digest: snapshot.analyzer.digest(&request.digest, &request.messages),
                }
            }
            Err(error) => {
                let cause = match error {
                    AgentError::Parsing => Cause::Unparsable,
                    _ => Cause::LlmFailed,
                };
                tracing::warn!(error = %error, "no summary from the LLM; the embedded analyzer's instead");
                self.fold_locally(request, snapshot, cause)
            }
        }
    }

    /// Folds `request` with the embedded analyzer alone, at once: its digest of
    /// everything folded so far, written out.
    #[must_use]
    pub fn fold_locally(
        &self,
        request: &FoldRequest,
        snapshot: &PromptSnapshot,
        cause: Cause,
    ) -> Folded {
        super::metrics::summary_folded(cause);
        let digest = snapshot.analyzer.digest(&request.digest, &request.messages);
        let through = request.messages.last().map_or(0, |m| m.seq);
        let text = snapshot
            .analyzer
            .write_digest(&digest, through, &request.messages);
        Folded {
            text,
            source: SummarySource::Local,
            digest,
        }
    }

    async fn ask(
        &self,
        llm: &LlmClient,
        request: &FoldRequest,
        snapshot: &PromptSnapshot,
    ) -> Result<String, AgentError> {
        let prompt = render_summarizer(&snapshot.prompts, &self.version, request, &self.budget)?;
        let deadline = Instant::now() + self.timeout;
        let key = Some(cache_key(&request.session_id));
        let text = llm.complete_keyed(prompt, key, deadline).await?;
        parse_summary(&text).ok_or_else(|| {
            tracing::warn!(raw = %excerpt(&text), "the LLM's summary cannot be read");
            AgentError::Parsing
        })
    }
}

/// The summary in an LLM's answer: `{"summary": "..."}` (in a fence or prose
/// too), trimmed and cut at [`MAX_SUMMARY_CHARS`]; `None` when there is none.
#[must_use]
pub fn parse_summary(text: &str) -> Option<String> {
    if text.len() > MAX_ANSWER_BYTES {
        return None;
    }
    let object = find_json_object(text).object?;
    let summary = object.get("summary").and_then(Value::as_str)?;
    let summary = summary.split_whitespace().collect::<Vec<_>>().join(" ");
    if summary.is_empty() {
        return None;
    }
    Some(cut_at_sentence(&summary, MAX_SUMMARY_CHARS))
}

/// `text` cut at `max` characters, at the last sentence's end before it if there
/// is one in its second half.
fn cut_at_sentence(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    match cut.rfind(['.', '!', '?']) {
        Some(end) if end > cut.len() / 2 => cut[..=end].to_owned(),
        _ => format!("{}…", cut.trim_end()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_is_read_from_json_in_any_wrapping() {
        let plain = r#"{"summary": "Marie   Dubois runs 42 agents."}"#;
        assert_eq!(
            parse_summary(plain).as_deref(),
            Some("Marie Dubois runs 42 agents.")
        );
        let fenced = "Here you go:\n```json\n{\"summary\": \"ok.\"}\n```";
        assert_eq!(parse_summary(fenced).as_deref(), Some("ok."));
    }

    #[test]
    fn garbage_and_empty_summaries_are_refused() {
        assert_eq!(parse_summary("the call went well"), None);
        assert_eq!(parse_summary(r#"{"summary": "  "}"#), None);
        assert_eq!(parse_summary(r#"{"summary": 42}"#), None);
        assert_eq!(parse_summary(r#"{"questions": ["a?"]}"#), None);
    }

    #[test]
    fn a_long_summary_is_cut_at_a_sentence() {
        let long = format!("{{\"summary\": \"{}\"}}", "A fact. ".repeat(400));
        let summary = parse_summary(&long).unwrap();
        assert!(summary.chars().count() <= MAX_SUMMARY_CHARS);
        assert!(summary.ends_with('.'));
    }
}
