//! Rendering a prompt within PROMPT_TOKEN_BUDGET: the whole prompt when it fits
//! (nearly always: the memory window gives way in chunks before it gets there),
//! else, in this order, until it fits:
//!
//! 1. the oldest messages of the window (the next ones to be folded into the
//!    summary anyway), down to none;
//! 2. the end of the summary;
//! 3. the end of the last message's text.
//!
//! The fixed instructions are never cut: start-up refuses a budget that cannot
//! hold them with room to spare ([`check_budget`]). A prompt that still does not
//! fit is not sent ([`AgentError::Other`]; the message gets its fallback).
//!
//! The summarizer's prompt gives way the same way: its messages' texts are quoted
//! shorter and shorter, then the summary so far is cut; past that the chunk is
//! folded by the embedded analyzer instead.

use std::sync::Arc;

use super::error::AgentError;
use super::prompts::{PromptKind, PromptSet, Template};
use super::render::{Cut, context_lines, summarizer_value, value};
use super::store::RequiredVersion;
use super::tokens::Budget;
use crate::domain::{
    Conversation, Digest, FoldRequest, Rendered, Sentiment, SessionId, Speaker, Tally, Utterance,
};

/// Characters a cut takes off per estimated token over the budget, at least
/// (a token is 3 to 5 characters): a cut is rarely repeated.
const CHARS_PER_TOKEN: usize = 4;
/// Quoting lengths the summarizer's messages go down through.
const SUMMARIZER_QUOTES: [usize; 4] = [600, 300, 150, 60];

/// The `kind` prompt `version` of `prompts`, rendered for the conversation
/// within `budget` (none: whole).
///
/// # Errors
/// [`AgentError::Other`] when there is no such template (start-up and reloads
/// check the configured versions), or when even the shortest rendering is over
/// the budget.
pub fn render_prompt(
    prompts: &PromptSet,
    kind: PromptKind,
    version: &str,
    conversation: &Conversation,
    budget: Option<&Budget>,
) -> Result<String, AgentError> {
    let template = template(prompts, kind, version)?;
    let family = budget.map_or(0, Budget::family);
    let render =
        |cut: &Cut| template.render_known(family, |name| value(kind, conversation, name, cut));
    let mut cut = Cut::NONE;
    let (mut prompt, known) = render(&cut);
    let Some(budget) = budget else {
        return Ok(prompt);
    };
    let mut excess = budget.excess_of_prompt(&prompt, known, &conversation.messages);
    if excess == 0 {
        return Ok(prompt);
    }
    let lines = context_lines(conversation, template.uses("compact_context"));
    while excess > 0 && cut.skip < lines.len() {
        let mut freed = 0;
        while freed < excess && cut.skip < lines.len() {
            freed += budget.count(&lines[cut.skip]) + 1;
            cut.skip += 1;
        }
        (prompt, _) = render(&cut);
        excess = budget.excess(&prompt);
    }
    if let Some(summary) = conversation.summary.as_deref() {
        let mut chars = summary.chars().count();
        while excess > 0 && chars > 0 {
            chars = chars.saturating_sub(excess * CHARS_PER_TOKEN + 16);
            cut.summary_chars = Some(chars);
            (prompt, _) = render(&cut);
            excess = budget.excess(&prompt);
        }
    }
    while excess > 0 && cut.text_chars > 0 {
        cut.text_chars = cut.text_chars.saturating_sub(excess * CHARS_PER_TOKEN + 16);
        (prompt, _) = render(&cut);
        excess = budget.excess(&prompt);
    }
    if excess > 0 {
        return Err(over_budget(kind, version, budget));
    }
    log_cut(kind, &cut, budget.count(&prompt));
    Ok(prompt)
}

/// Says at DEBUG what a prompt of `kind` lost to fit the budget.
fn log_cut(kind: PromptKind, cut: &Cut, tokens: usize) {
    tracing::debug!(
        kind = kind.folder(),
        left_out_messages = cut.skip,
        summary_cut = cut.summary_chars.is_some(),
        text_cut = cut.text_chars < Cut::NONE.text_chars,
        tokens,
        "prompt cut to fit PROMPT_TOKEN_BUDGET"
    );
}

/// The summarizer prompt `version` for `request`, within `budget`.
///
/// # Errors
/// [`AgentError::Other`] when there is no such template, or when even the
/// shortest rendering is over the budget.
pub fn render_summarizer(
    prompts: &PromptSet,
    version: &str,
    request: &FoldRequest,
    budget: &Budget,
) -> Result<String, AgentError> {
    let kind = PromptKind::Summarizer;
    let template = template(prompts, kind, version)?;
    let render = |cut: &Cut| template.render(|name| summarizer_value(request, name, cut));
    let mut cut = Cut::NONE;
    for quote in SUMMARIZER_QUOTES {
        cut.text_chars = quote;
        let (prompt, mut known) = template.render_known(budget.family(), |name| {
            summarizer_value(request, name, &cut)
        });
        if budget.excess_known(&prompt, &mut known) == 0 {
            return Ok(prompt);
        }
    }
    let mut prompt = render(&cut);
    let mut excess = budget.excess(&prompt);
    let mut chars = request.previous.as_deref().map_or(0, |p| p.chars().count());
    while excess > 0 && chars > 0 {
        chars = chars.saturating_sub(excess * CHARS_PER_TOKEN + 16);
        cut.summary_chars = Some(chars);
        prompt = render(&cut);
        excess = budget.excess(&prompt);
    }
    if excess > 0 {
        return Err(over_budget(kind, version, budget));
    }
    Ok(prompt)
}

fn template(
    prompts: &PromptSet,
    kind: PromptKind,
    version: &str,
) -> Result<Arc<Template>, AgentError> {
    prompts
        .get(kind, version)
        .ok_or_else(|| AgentError::Other(format!("no {} prompt {version}", kind.folder())))
}

fn over_budget(kind: PromptKind, version: &str, budget: &Budget) -> AgentError {
    let error = format!(
        "the {} prompt {version} does not fit PROMPT_TOKEN_BUDGET ({} tokens) even without the conversation",
        kind.folder(),
        budget.tokens()
    );
    tracing::warn!(error = %error, "prompt not sent");
    AgentError::Other(error)
}

/// Checks that each of the `required` templates leaves at least half of
/// `budget` to the conversation: rendered for one short message, without
/// context or summary, it must take at most half the budget's limit.
///
/// # Errors
/// A message naming PROMPT_TOKEN_BUDGET, the template, its size and the
/// smallest budget that would do.
pub fn check_budget(
    prompts: &PromptSet,
    required: &[RequiredVersion],
    budget: &Budget,
) -> Result<(), String> {
    for needed in required {
        let Some(template) = prompts.get(needed.kind, &needed.version) else {
            continue;
        };
        let bare = bare_prompt(&template, needed.kind);
        let tokens = budget.count(&bare);
        if tokens * 2 > budget.limit() {
            let least = (tokens * 2 * 100).div_ceil(95);
            return Err(format!(
                "PROMPT_TOKEN_BUDGET: the {} prompt {} ({}) takes about {tokens} tokens without any conversation, \
                 which leaves less than half of the budget ({}) to the conversation; set it to at least {least}",
                needed.kind.folder(),
                needed.version,
                needed.key,
                budget.tokens()
            ));
        }
    }
    Ok(())
}

/// `template` rendered for a conversation of one short message.
fn bare_prompt(template: &Template, kind: PromptKind) -> String {
    let message = Arc::new(Utterance {
        seq: 1,
        text: "Hello, could you tell me more about the offer?".to_owned(),
        speaker: Speaker::Client,
        sentiment: Sentiment::Neutral,
        emotion: "curious".to_owned(),
        message_id: None,
        timestamp: None,
        received_at: chrono::Utc::now(),
        rendered: Rendered::default(),
    });
    if kind == PromptKind::Summarizer {
        let request = FoldRequest {
            session_id: SessionId::generate(),
            previous: None,
            digest: Digest::default(),
            messages: vec![message],
        };
        return template.render(|name| summarizer_value(&request, name, &Cut::NONE));
    }
    let conversation = Conversation {
        session_id: SessionId::generate(),
        messages: vec![message],
        summary: None,
        earlier: Tally::default(),
        earlier_signals: Vec::new(),
        suggested: Vec::new(),
        started_at: chrono::Utc::now(),
        prompt_version: String::new(),
    };
    template.render(|name| value(kind, &conversation, name, &Cut::NONE))
}

#[cfg(test)]
mod tests;
