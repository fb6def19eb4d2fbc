//! Rendering a prompt: a template of the message's snapshot, filled with values
//! built from the conversation ([`super::fit`] makes it fit PROMPT_TOKEN_BUDGET).
//!
//! Templates put their fixed instructions first and the conversation last, and
//! the values keep each prompt an extension of the previous one where they can:
//! the summary changes only when a chunk of the window is folded into it, the
//! window grows until then, and the compact context hides older messages by
//! steps rather than one at a time.
//!
//! Two renderings of the same facts: the full one (`conversation_context`,
//! `conversation_stats`, `format_instructions`), one labelled line per earlier
//! message; and the compact one (`compact_context`, `compact_stats`,
//! `compact_format`) for token-lean templates such as `orchestrator/v3.txt`: the
//! most recent messages only, abbreviated labels, and terse instructions.

use std::borrow::Cow;
use std::fmt::Write;
use std::sync::LazyLock;

use super::prompts::PromptKind;
use crate::domain::{Conversation, FoldRequest, Sentiment, Signal, Speaker, Utterance};

/// Longest message text quoted in the context, in characters.
const MAX_QUOTED_CHARS: usize = 600;
/// Longest message text quoted in the compact context, in characters.
const MAX_COMPACT_CHARS: usize = 200;
/// Earlier messages the compact context shows at least; older ones are only counted.
const COMPACT_RECENT: usize = 12;
/// The compact context hides older messages by this many at a time.
const COMPACT_STEP: usize = 6;

/// The signal ids an LLM is asked to use: [`Signal::ALL`], comma-separated.
static SIGNAL_IDS: LazyLock<String> = LazyLock::new(|| {
    Signal::ALL
        .iter()
        .map(|signal| signal.as_str())
        .collect::<Vec<_>>()
        .join(", ")
});

/// The answer format the orchestrator asks for.
static FORMAT_INSTRUCTIONS: LazyLock<String> = LazyLock::new(|| {
    format!(
        r#"Answer with ONE JSON object and nothing else, exactly in this shape:
{{"questions": ["2 or 3 short questions the agent can ask next"], "signals_detected": ["ids of the signals you detect"], "recommended_direction": "one or two sentences"}}
Use these signal ids when they apply: {}."#,
        *SIGNAL_IDS
    )
});

/// The answer format the closing detector asks for.
const CLOSING_FORMAT_INSTRUCTIONS: &str = r#"Answer with ONE JSON object and nothing else, exactly in this shape:
{"is_closing_opportunity": true or false, "confidence": a number from 0 to 1, "signals": ["ids of the buying signals you see"], "recommended_action": "one sentence: what the agent should do now"}
Use these buying-signal ids when they apply: contract_request, next_steps, start_date, quantity_pricing, commitment."#;

/// The answer format the summarizer asks for.
const SUMMARY_FORMAT_INSTRUCTIONS: &str = r#"Answer with ONE JSON object and nothing else, exactly in this shape:
{"summary": "the updated summary, as plain text"}"#;

/// The terse answer format a token-lean orchestrator template asks for.
static COMPACT_FORMAT: LazyLock<String> = LazyLock::new(|| {
    format!(
        r#"Reply with JSON only: {{"questions":[2-3 short],"signals_detected":[ids],"recommended_direction":"1-2 sentences"}}. Ids: {}."#,
        *SIGNAL_IDS
    )
});

/// The terse answer format a token-lean closing-detector template asks for.
const CLOSING_COMPACT_FORMAT: &str = r#"Reply with JSON only: {"is_closing_opportunity":bool,"confidence":0-1,"signals":[contract_request|next_steps|start_date|quantity_pricing|commitment],"recommended_action":"1 sentence"}."#;

/// What a rendering leaves out to fit PROMPT_TOKEN_BUDGET (see [`super::fit`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cut {
    /// The oldest earlier messages of the context left out.
    pub skip: usize,
    /// The summary cut at this many characters.
    pub summary_chars: Option<usize>,
    /// The last message's text cut at this many characters.
    pub text_chars: usize,
}

impl Cut {
    /// Nothing left out.
    pub const NONE: Self = Self {
        skip: 0,
        summary_chars: None,
        text_chars: MAX_QUOTED_CHARS,
    };
}

/// The text of placeholder `name` of a `kind` template for this conversation.
#[must_use]
pub fn prompt_value(kind: PromptKind, conversation: &Conversation, name: &str) -> String {
    value(kind, conversation, name, &Cut::NONE)
}

/// The text of placeholder `name`, with what `cut` leaves out.
#[must_use]
pub fn value(kind: PromptKind, conversation: &Conversation, name: &str, cut: &Cut) -> String {
    let last = conversation.last();
    match name {
        "conversation_context" => context(conversation, cut),
        "compact_context" => compact_context(conversation, cut),
        "speaker" => last.speaker.as_str().to_owned(),
        "sentiment" => last.sentiment.as_str().to_owned(),
        "emotion" => last.emotion.clone(),
        "text" => quote(&last.text, cut.text_chars),
        "conversation_stats" => stats(conversation),
        "compact_stats" => compact_stats(conversation),
        _ => constant_value(kind, name).unwrap_or_default().to_owned(),
    }
}

/// The text of placeholder `name` of a `kind` template when it is the same for
/// every conversation (the answer formats): templates are loaded with it
/// written in ([`super::prompts::Template::with_constants`]).
#[must_use]
pub fn constant_value(kind: PromptKind, name: &str) -> Option<&'static str> {
    match name {
        "format_instructions" => Some(format_instructions(kind)),
        "compact_format" => Some(compact_format(kind)),
        _ => None,
    }
}

/// The lines of the earlier messages the context shows (the compact one or the
/// full one), oldest first: what [`Cut::skip`] leaves out from the start.
#[must_use]
pub fn context_lines(conversation: &Conversation, compact: bool) -> Vec<String> {
    let earlier = earlier(conversation);
    if compact {
        let hidden = compact_hidden(earlier.len());
        earlier[hidden..].iter().map(|m| compact_line(m)).collect()
    } else {
        earlier
            .iter()
            .map(|m| m.rendered.context_line(|| line(m)).to_owned())
            .collect()
    }
}

/// The summary, cut at `chars` characters when given (a copy only then).
fn summary(conversation: &Conversation, chars: Option<usize>) -> Option<Cow<'_, str>> {
    let summary = conversation.summary.as_deref()?;
    Some(match chars {
        None => Cow::Borrowed(summary),
        Some(chars) => Cow::Owned(cut_chars(summary, chars)),
    })
}

/// `text` cut at `max` characters, marked with an ellipsis when it was.
#[must_use]
pub fn cut_chars(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

fn format_instructions(kind: PromptKind) -> &'static str {
    match kind {
        PromptKind::Orchestrator => &FORMAT_INSTRUCTIONS,
        PromptKind::ClosingDetector => CLOSING_FORMAT_INSTRUCTIONS,
        PromptKind::Summarizer => SUMMARY_FORMAT_INSTRUCTIONS,
    }
}

/// The text of placeholder `name` of a summarizer template for `request`, with
/// what `cut` leaves out (the summary's end, each message's text past
/// `text_chars`).
#[must_use]
pub fn summarizer_value(request: &FoldRequest, name: &str, cut: &Cut) -> String {
    match name {
        "summary" => match &request.previous {
            Some(previous) => cut_chars(previous, cut.summary_chars.unwrap_or(usize::MAX)),
            None => "(none yet: these are the first messages of the call)".to_owned(),
        },
        "messages" => request
            .messages
            .iter()
            .map(|m| {
                format!(
                    "#{} [{}] ({}, {}): {}",
                    m.seq,
                    m.speaker.as_str(),
                    m.sentiment.as_str(),
                    m.emotion,
                    quote(&m.text, cut.text_chars)
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
        _ => constant_value(PromptKind::Summarizer, name)
            .unwrap_or_default()
            .to_owned(),
    }
}

fn compact_format(kind: PromptKind) -> &'static str {
    match kind {
        PromptKind::Orchestrator => &COMPACT_FORMAT,
        PromptKind::ClosingDetector => CLOSING_COMPACT_FORMAT,
        PromptKind::Summarizer => SUMMARY_FORMAT_INSTRUCTIONS,
    }
}

/// The messages before the one answered.
fn earlier(conversation: &Conversation) -> &[std::sync::Arc<Utterance>] {
    &conversation.messages[..conversation.messages.len().saturating_sub(1)]
}

/// The summary, then the earlier messages, one per line.
fn context(conversation: &Conversation, cut: &Cut) -> String {
    const SUMMARY: &str = "Summary of earlier messages: ";
    let earlier = earlier(conversation);
    let earlier = &earlier[cut.skip.min(earlier.len())..];
    let summary = summary(conversation, cut.summary_chars);
    if earlier.is_empty() && summary.is_none() {
        return "(this is the first message of the conversation)".to_owned();
    }
    // Sized once: the kept lines' lengths (a line not made yet counts 128).
    let lines: usize = earlier
        .iter()
        .map(|m| m.rendered.made_context_line().map_or(128, str::len) + 1)
        .sum();
    let mut out =
        String::with_capacity(SUMMARY.len() + summary.as_ref().map_or(0, |s| s.len()) + 1 + lines);
    if let Some(summary) = summary {
        out.push_str(SUMMARY);
        out.push_str(&summary);
        out.push('\n');
    }
    for message in earlier {
        out.push_str(message.rendered.context_line(|| line(message)));
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out
}

fn line(message: &Utterance) -> String {
    format!(
        "[{}] ({}, {}): {}",
        message.speaker.as_str(),
        message.sentiment.as_str(),
        message.emotion,
        quote(&message.text, MAX_QUOTED_CHARS)
    )
}

/// Earlier messages the compact context counts without showing: it shows the
/// latest [`COMPACT_RECENT`] to `COMPACT_RECENT + COMPACT_STEP - 1`, the hidden
/// ones growing by steps of [`COMPACT_STEP`], so that a prompt extends the
/// previous one between two steps (the upstream's prefix cache serves it).
fn compact_hidden(earlier: usize) -> usize {
    earlier.saturating_sub(COMPACT_RECENT) / COMPACT_STEP * COMPACT_STEP
}

/// The summary, a count of older messages, then the most recent earlier ones as
/// `C(neg,annoyed): text`.
fn compact_context(conversation: &Conversation, cut: &Cut) -> String {
    let mut out = String::new();
    if let Some(summary) = summary(conversation, cut.summary_chars) {
        let _ = writeln!(out, "Summary: {summary}");
    }
    let earlier = earlier(conversation);
    let hidden = (compact_hidden(earlier.len()) + cut.skip).min(earlier.len());
    if hidden > 0 {
        let _ = writeln!(out, "(+{hidden} older)");
    }
    for message in &earlier[hidden..] {
        let _ = writeln!(out, "{}", compact_line(message));
    }
    if out.is_empty() {
        return "(first message)".to_owned();
    }
    out.trim_end().to_owned()
}

fn compact_line(message: &Utterance) -> String {
    format!(
        "{}({},{}): {}",
        speaker_letter(message.speaker),
        sentiment_short(message.sentiment),
        message.emotion,
        quote(&message.text, MAX_COMPACT_CHARS)
    )
}

fn speaker_letter(speaker: Speaker) -> char {
    match speaker {
        Speaker::Agent => 'A',
        Speaker::Client => 'C',
    }
}

fn sentiment_short(sentiment: Sentiment) -> &'static str {
    match sentiment {
        Sentiment::Positive => "pos",
        Sentiment::Neutral => "neu",
        Sentiment::Negative => "neg",
    }
}

/// The text on one line, cut at `max` characters.
fn quote(text: &str, max: usize) -> String {
    let (mut line, cut) = one_line(text, max);
    if cut {
        line.push('…');
    }
    line
}

/// The words of `text` on one line, single-spaced, cut at `max` characters, in
/// one pass; and whether something was cut.
#[must_use]
pub fn one_line(text: &str, max: usize) -> (String, bool) {
    let mut out = String::with_capacity(text.len().min(4 * max));
    let mut chars = 0;
    for word in text.split_whitespace() {
        if !out.is_empty() {
            if chars == max {
                return (out, true);
            }
            out.push(' ');
            chars += 1;
        }
        for c in word.chars() {
            if chars == max {
                return (out, true);
            }
            out.push(c);
            chars += 1;
        }
    }
    (out, false)
}

fn stats(conversation: &Conversation) -> String {
    let s = conversation.stats();
    format!(
        "Messages: {} (agent {}, client {}). Sentiment: {} positive, {} neutral, {} negative. Duration: {} min {} s.",
        s.agent_messages + s.client_messages,
        s.agent_messages,
        s.client_messages,
        s.positive,
        s.neutral,
        s.negative,
        s.duration_secs / 60,
        s.duration_secs % 60
    )
}

fn compact_stats(conversation: &Conversation) -> String {
    let s = conversation.stats();
    format!(
        "{} msgs (A{} C{}), sentiment +{} ={} -{}, {}m{}s",
        s.agent_messages + s.client_messages,
        s.agent_messages,
        s.client_messages,
        s.positive,
        s.neutral,
        s.negative,
        s.duration_secs / 60,
        s.duration_secs % 60
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use std::sync::Arc;

    use chrono::{DateTime, Utc};

    use super::*;

    fn conversation(count: u64) -> Conversation {
        conversation_of(count, |seq| format!("message   number {seq}"))
    }

    /// `count` messages, `text(seq)` each, client and agent in turn, ten
    /// seconds apart (also the budget tests' conversations, `super::super::fit`).
    pub(crate) fn conversation_of(count: u64, text: impl Fn(u64) -> String) -> Conversation {
        let at = DateTime::<Utc>::from_timestamp(1_700_000_000, 0).unwrap();
        let messages = (1..=count)
            .map(|seq| {
                Arc::new(Utterance {
                    seq,
                    text: text(seq),
                    speaker: if seq % 2 == 0 {
                        Speaker::Agent
                    } else {
                        Speaker::Client
                    },
                    sentiment: Sentiment::Negative,
                    emotion: "annoyed".to_owned(),
                    message_id: None,
                    timestamp: None,
                    received_at: at + chrono::Duration::seconds(i64::try_from(seq).unwrap() * 10),
                    rendered: Default::default(),
                })
            })
            .collect();
        Conversation {
            session_id: crate::domain::SessionId::parse("session-1").unwrap(),
            messages,
            summary: None,
            earlier: Default::default(),
            earlier_signals: Vec::new(),
            suggested: Vec::new(),
            started_at: at,
            prompt_version: "v3".to_owned(),
        }
    }

    #[test]
    fn the_compact_context_shows_the_recent_messages_and_counts_the_others() {
        let value = prompt_value(
            PromptKind::Orchestrator,
            &conversation(20),
            "compact_context",
        );
        let lines: Vec<&str> = value.lines().collect();
        assert_eq!(lines[0], "(+6 older)");
        assert_eq!(lines[1], "C(neg,annoyed): message number 7", "{value}");
        assert_eq!(lines.len(), 1 + COMPACT_RECENT + 1);
        assert_eq!(lines[13], "C(neg,annoyed): message number 19");
    }

    #[test]
    fn the_first_message_has_no_context_in_either_rendering() {
        let one = conversation(1);
        assert_eq!(
            prompt_value(PromptKind::Orchestrator, &one, "compact_context"),
            "(first message)"
        );
        assert!(
            prompt_value(PromptKind::Orchestrator, &one, "conversation_context")
                .contains("first message")
        );
    }

    #[test]
    fn each_kind_has_its_own_answer_format() {
        let c = conversation(2);
        let orchestrator = prompt_value(PromptKind::Orchestrator, &c, "format_instructions");
        let closing = prompt_value(PromptKind::ClosingDetector, &c, "format_instructions");
        assert!(orchestrator.contains("\"questions\"") && !orchestrator.contains("confidence"));
        assert!(closing.contains("\"is_closing_opportunity\"") && closing.contains("confidence"));
        assert!(
            prompt_value(PromptKind::ClosingDetector, &c, "compact_format").contains("confidence")
        );
    }

    #[test]
    fn compact_stats_are_short() {
        assert_eq!(
            prompt_value(PromptKind::Orchestrator, &conversation(4), "compact_stats"),
            "4 msgs (A2 C2), sentiment +0 =0 -4, 0m30s"
        );
    }

    proptest::proptest! {
        #[test]
        fn a_quote_is_the_words_on_one_line_cut_with_an_ellipsis(
            words in proptest::collection::vec("[a-zé😀]{0,12}", 0..12),
            gaps in proptest::collection::vec("[ \t\n]{0,3}", 12),
            max in 0usize..80,
        ) {
            let text: String = words.iter().zip(&gaps).map(|(w, g)| format!("{w}{g}")).collect();
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let expected = if joined.chars().count() <= max {
                joined
            } else {
                format!("{}…", joined.chars().take(max).collect::<String>())
            };
            proptest::prop_assert_eq!(quote(&text, max), expected);
        }
    }
}
