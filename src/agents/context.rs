//! The values an orchestrator prompt is rendered with, built from a conversation.

use std::fmt::Write;

use super::conversation::Conversation;
use crate::session::message::Utterance;

/// Longest message text quoted in the context, in characters.
const MAX_QUOTED_CHARS: usize = 600;

/// The answer format the LLM is asked for.
pub const FORMAT_INSTRUCTIONS: &str = r#"Answer with ONE JSON object and nothing else, exactly in this shape:
{"questions": ["2 or 3 short questions the agent can ask next"], "signals_detected": ["ids of the signals you detect"], "recommended_direction": "one or two sentences"}
Use these signal ids when they apply: price_objection, budget, competitor, urgency, decision_maker, confusion, strong_interest, hesitation, frustration, closing_readiness."#;

/// The text of placeholder `name` for this conversation.
#[must_use]
pub fn orchestrator_value(conversation: &Conversation, name: &str) -> String {
    let last = conversation.last();
    match name {
        "conversation_context" => context(conversation),
        "speaker" => last.speaker.as_str().to_owned(),
        "sentiment" => last.sentiment.as_str().to_owned(),
        "emotion" => last.emotion.clone(),
        "text" => quote(&last.text),
        "conversation_stats" => stats(conversation),
        "format_instructions" => FORMAT_INSTRUCTIONS.to_owned(),
        _ => String::new(),
    }
}

/// The summary, then the earlier messages, one per line.
fn context(conversation: &Conversation) -> String {
    let mut out = String::new();
    if let Some(summary) = &conversation.summary {
        let _ = writeln!(out, "Summary of earlier messages: {summary}");
    }
    let earlier = &conversation.messages[..conversation.messages.len().saturating_sub(1)];
    if earlier.is_empty() && out.is_empty() {
        return "(this is the first message of the conversation)".to_owned();
    }
    for message in earlier {
        let _ = writeln!(out, "{}", line(message));
    }
    out.trim_end().to_owned()
}

fn line(message: &Utterance) -> String {
    format!(
        "[{}] ({}, {}): {}",
        message.speaker.as_str(),
        message.sentiment.as_str(),
        message.emotion,
        quote(&message.text)
    )
}

fn quote(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= MAX_QUOTED_CHARS {
        return text;
    }
    let cut: String = text.chars().take(MAX_QUOTED_CHARS).collect();
    format!("{cut}…")
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
