//! The token cost of the orchestrator prompts, measured with a real tokenizer
//! (tiktoken's o200k_base, the encoding of gpt-4o and gpt-4o-mini).

use std::path::Path;
use std::sync::Arc;

use callshadow::agents::prompts::{PromptKind, PromptSet};
use callshadow::agents::render::prompt_value;
use callshadow::domain::{Conversation, Sentiment, SessionId, Speaker, Utterance};
use chrono::{DateTime, Utc};

use crate::helpers::repo;

/// A realistic sales call: what each side says, in turn.
const LINES: [(&str, &str, &str); 10] = [
    (
        "agent",
        "neutral",
        "Thanks for taking the time today. Could you walk me through how your support team handles calls at the moment?",
    ),
    (
        "client",
        "neutral",
        "Sure, we have about forty agents across two sites, and most of the coaching still happens by listening to recordings afterwards.",
    ),
    (
        "agent",
        "positive",
        "That makes sense. How long does it usually take a team lead to review a difficult call and give feedback to the agent?",
    ),
    (
        "client",
        "negative",
        "Honestly it can take a week, and by then the agent has already repeated the same mistake with a dozen other customers.",
    ),
    (
        "agent",
        "neutral",
        "I see. If the agent got a suggestion during the call itself, how do you think that would change the outcome for those customers?",
    ),
    (
        "client",
        "positive",
        "It would help a lot, especially for the new hires who freeze when a customer brings up a competitor or a price increase.",
    ),
    (
        "agent",
        "neutral",
        "Which competitors come up most often in those conversations, and what do your agents usually say when they do?",
    ),
    (
        "client",
        "negative",
        "Mostly the big platforms we already pay for, and to be frank your pricing looked a bit steep compared with what we have now.",
    ),
    (
        "agent",
        "positive",
        "Understood. Setting the price aside for a moment, would the real-time guidance itself solve the coaching delay you described?",
    ),
    (
        "client",
        "neutral",
        "I think it would, but I would need to show the numbers to our finance director before we commit to anything this quarter.",
    ),
];

/// A 50-message conversation cycling through [`LINES`], ten seconds apart.
fn conversation_of_50() -> Conversation {
    let start = DateTime::<Utc>::from_timestamp(1_760_000_000, 0).unwrap();
    let messages = (1..=50u64)
        .map(|seq| {
            let (speaker, sentiment, text) = LINES[usize::try_from(seq - 1).unwrap() % LINES.len()];
            Arc::new(Utterance {
                seq,
                text: text.to_owned(),
                speaker: Speaker::parse(speaker).unwrap(),
                sentiment: Sentiment::parse(sentiment).unwrap(),
                emotion: if sentiment == "negative" {
                    "annoyed"
                } else {
                    "calm"
                }
                .to_owned(),
                message_id: None,
                timestamp: None,
                received_at: start + chrono::Duration::seconds(i64::try_from(seq).unwrap() * 10),
                rendered: Default::default(),
            })
        })
        .collect();
    Conversation {
        session_id: SessionId::parse("tokens-session").unwrap(),
        messages,
        summary: None,
        earlier: Default::default(),
        earlier_signals: Vec::new(),
        suggested: Vec::new(),
        started_at: start,
        prompt_version: "v1".to_owned(),
    }
}

fn render(prompts: &PromptSet, version: &str, conversation: &Conversation) -> String {
    let template = prompts.get(PromptKind::Orchestrator, version).unwrap();
    template.render(|name| prompt_value(PromptKind::Orchestrator, conversation, name))
}

fn tokens(text: &str) -> usize {
    tiktoken_rs::o200k_base_singleton()
        .encode_ordinary(text)
        .len()
}

#[test]
fn v3_renders_at_least_40_percent_fewer_tokens_than_v1_for_a_50_message_conversation() {
    let prompts = PromptSet::load(Path::new(&repo("prompts"))).unwrap();
    let conversation = conversation_of_50();
    let v1 = render(&prompts, "v1", &conversation);
    let v3 = render(&prompts, "v3", &conversation);
    let (v1_tokens, v3_tokens) = (tokens(&v1), tokens(&v3));
    println!("o200k_base tokens for 50 messages: v1 {v1_tokens}, v3 {v3_tokens}");
    assert!(
        v3_tokens * 10 <= v1_tokens * 6,
        "v3 ({v3_tokens} tokens) must be at most 60% of v1 ({v1_tokens} tokens)"
    );
    assert!(
        v3.contains("finance director"),
        "v3 still carries the last message"
    );
    assert!(
        v3.contains("price_objection"),
        "v3 still names the signal ids"
    );
}

#[test]
fn v1_still_renders_every_earlier_message_in_full() {
    let prompts = PromptSet::load(Path::new(&repo("prompts"))).unwrap();
    let v1 = render(&prompts, "v1", &conversation_of_50());
    let context_lines = v1
        .lines()
        .filter(|l| l.starts_with("[agent] (") || l.starts_with("[client] ("))
        .count();
    assert_eq!(context_lines, 49, "one line per earlier message");
    assert!(
        v1.contains("[client] (negative, annoyed): Mostly the big platforms we already pay for")
    );
    assert!(v1.contains("Messages: 50 (agent 25, client 25)."));
}
