//! Long calls at the fake upstream: what every request's prompt costs, how much of
//! it the upstream's prefix cache can serve, and what the summary remembers.

use callshadow::config::{ProviderChoice, Settings};
use serde_json::{Value, json};

use crate::fake_llm::{Recorded, Step};
use crate::helpers::{Client, TestApp, spawn_llm_app, spawn_llm_closing_app};
use crate::long_call_summary::scripted_summarizer;

/// The fact said in message 3 that must survive the whole call.
pub const FACT_NAME: &str = "Marie Dubois";
/// The number said in message 3.
pub const FACT_NUMBER: &str = "42 agents";

/// What each side says, in turn, in a realistic sales call (English).
const TURNS: [(&str, &str, &str, &str); 20] = [
    (
        "agent",
        "neutral",
        "calm",
        "Could you walk me through how your support team handles calls at the moment?",
    ),
    (
        "client",
        "neutral",
        "calm",
        "Most of the coaching still happens by listening to recordings afterwards, which takes a while.",
    ),
    (
        "agent",
        "positive",
        "friendly",
        "How long does it usually take a team lead to review a difficult call and give feedback?",
    ),
    (
        "client",
        "negative",
        "annoyed",
        "Honestly it can take a week, and by then the agent has repeated the same mistake a dozen times.",
    ),
    (
        "agent",
        "neutral",
        "curious",
        "If the agent got a suggestion during the call itself, how would that change things for your customers?",
    ),
    (
        "client",
        "positive",
        "interested",
        "It would help a lot, especially for new hires who freeze when a customer mentions a competitor.",
    ),
    (
        "agent",
        "neutral",
        "curious",
        "Which competitors come up most often, and what do your agents usually answer?",
    ),
    (
        "client",
        "negative",
        "annoyed",
        "Mostly the big platforms we already pay for, and frankly your pricing looked steep next to them.",
    ),
    (
        "agent",
        "positive",
        "calm",
        "Setting the price aside for a moment, would real-time guidance solve the coaching delay you described?",
    ),
    (
        "client",
        "neutral",
        "thoughtful",
        "I think it would, but I need to show the numbers to our finance director before we commit.",
    ),
    (
        "agent",
        "neutral",
        "calm",
        "What would the finance director want to see to feel comfortable with the investment?",
    ),
    (
        "client",
        "neutral",
        "calm",
        "A clear return within the first year, and a pilot on one site before the full roll-out.",
    ),
    (
        "agent",
        "positive",
        "friendly",
        "A pilot on one site is something we do often. Which site would you start with?",
    ),
    (
        "client",
        "positive",
        "interested",
        "Probably Lyon, the team there is younger and more open to new tools.",
    ),
    (
        "agent",
        "neutral",
        "curious",
        "How many calls a day does the Lyon team take, roughly?",
    ),
    (
        "client",
        "neutral",
        "calm",
        "Around six hundred on a normal day, more on Mondays and after a release.",
    ),
    (
        "agent",
        "positive",
        "calm",
        "That volume is a good fit. Would a four-week pilot give you enough data for the director?",
    ),
    (
        "client",
        "negative",
        "hesitant",
        "Four weeks is tight with the holidays coming, I am not sure we can staff the training.",
    ),
    (
        "agent",
        "neutral",
        "calm",
        "We can run the training remotely in two short sessions. Would that remove the staffing concern?",
    ),
    (
        "client",
        "positive",
        "relieved",
        "That helps. Send me a proposal for the pilot and I will put it on the agenda for Thursday.",
    ),
];

/// Message `seq` (1-based) of a long call: message 3 carries the fact, the others
/// cycle through [`TURNS`] with a detail of their own.
pub fn message(seq: usize) -> Value {
    if seq == 3 {
        return json!({
            "text": format!("I'm {FACT_NAME}, head of support at Northwind; we run {FACT_NUMBER} across two sites."),
            "speaker": "client", "sentiment": "neutral", "emotion": "calm",
        });
    }
    let (speaker, sentiment, emotion, text) = TURNS[(seq - 1) % TURNS.len()];
    json!({
        "text": format!("{text} (point {seq})"),
        "speaker": speaker, "sentiment": sentiment, "emotion": emotion,
    })
}

/// Plays `count` messages on one connection, one after the other's answer;
/// returns every answer frame.
pub async fn play(client: &mut Client, count: usize) -> Vec<Value> {
    let mut answers = Vec::with_capacity(count);
    for seq in 1..=count {
        client.send_json(&message(seq)).await;
        answers.push(answer_to(client, seq).await);
    }
    answers
}

/// The frame that answers message `seq`, skipping `closing` frames.
pub async fn answer_to(client: &mut Client, seq: usize) -> Value {
    loop {
        let frame = client.recv_json().await;
        if frame["type"] != "closing" && frame["reply_to"] == seq {
            return frame;
        }
    }
}

/// The text of a recorded request's messages.
pub fn prompt_of(request: &Recorded) -> String {
    request.body["messages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["content"].as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// o200k_base tokens of `text`.
pub fn tokens(text: &str) -> Vec<u32> {
    tiktoken_rs::o200k_base_singleton().encode_ordinary(text)
}

/// The share of `current`'s tokens that are a prefix of `previous`'s.
pub fn prefix_share(previous: &[u32], current: &[u32]) -> f64 {
    let common = previous
        .iter()
        .zip(current)
        .take_while(|(a, b)| a == b)
        .count();
    count_f64(common) / count_f64(current.len().max(1))
}

fn count_f64(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(u32::MAX))
}

/// Whether a recorded request is the orchestrator's (not the summarizer's or
/// the closing detector's).
pub fn is_orchestrator(request: &Recorded) -> bool {
    prompt_of(request).contains("recommended_direction")
}

/// The opening words of the shipped summarizer prompt.
pub const SUMMARIZER_PROMPT: &str = "You keep the running summary";

/// Whether a recorded request is the summarizer's.
pub fn is_summarizer(request: &Recorded) -> bool {
    prompt_of(request).starts_with(SUMMARIZER_PROMPT)
}

/// The figures of one long call.
#[derive(Debug)]
pub struct Figures {
    /// o200k tokens of each orchestrator prompt, in order.
    pub prompt_tokens: Vec<usize>,
    /// The prefix share of each orchestrator prompt after the first.
    pub shares: Vec<f64>,
    /// Tokens of each orchestrator prompt that are not a prefix of the previous
    /// one (what a prefix cache cannot serve).
    pub uncached: Vec<usize>,
}

impl Figures {
    /// The figures of `recorded`.
    pub fn of(recorded: &[Recorded]) -> Figures {
        let orchestrator: Vec<Vec<u32>> = recorded
            .iter()
            .filter(|r| is_orchestrator(r))
            .map(|r| tokens(&prompt_of(r)))
            .collect();
        let shares: Vec<f64> = orchestrator
            .windows(2)
            .map(|pair| prefix_share(&pair[0], &pair[1]))
            .collect();
        let first = orchestrator.first().map_or(0, Vec::len);
        let uncached = std::iter::once(first)
            .chain(orchestrator.windows(2).map(|pair| {
                let common = pair[0]
                    .iter()
                    .zip(&pair[1])
                    .take_while(|(a, b)| a == b)
                    .count();
                pair[1].len() - common
            }))
            .collect();
        Figures {
            prompt_tokens: orchestrator.iter().map(Vec::len).collect(),
            shares,
            uncached,
        }
    }

    /// The mean prefix share of prompts 2..=`upto`.
    pub fn mean_share(&self, upto: usize) -> f64 {
        let shares = &self.shares[..(upto - 1).min(self.shares.len())];
        shares.iter().sum::<f64>() / count_f64(shares.len())
    }

    /// The mean prompt tokens of messages 1..=`upto`.
    pub fn mean_tokens(&self, upto: usize) -> f64 {
        let tokens = &self.prompt_tokens[..upto.min(self.prompt_tokens.len())];
        count_f64(tokens.iter().sum()) / count_f64(tokens.len())
    }
}

/// A server answering with the fake OpenAI upstream (the closing detector local);
/// `edit` adjusts the settings first.
pub async fn upstream_app(edit: impl FnOnce(&mut Settings)) -> TestApp {
    spawn_llm_app(ProviderChoice::OpenAi, edit).await
}

#[tokio::test]
async fn a_200_message_call_extends_each_prompt_by_at_least_80_percent() {
    let app = upstream_app(|_| {}).await;
    let (mut client, _) = app.connect_init("").await;

    let answers = play(&mut client, 200).await;

    assert!(answers.iter().all(|a| a["type"] == "suggestion"));
    let figures = Figures::of(&app.llm.recorded());
    let share = figures.mean_share(200);
    println!(
        "prefix share over 200 messages: {share:.3} (2..=50 {:.3}, 51..=200 {:.3})",
        figures.mean_share(50),
        figures.shares[49..199].iter().sum::<f64>() / 150.0
    );
    assert!(share >= 0.8, "mean prefix share {share:.3} < 0.8");
    let body = &app.llm.recorded()[0].body;
    let key = body["prompt_cache_key"].as_str().unwrap();
    assert!(key.starts_with("callshadow-"), "{key}");
    assert_eq!(body["user"], key, "the same key as `user`");
}

#[tokio::test]
async fn a_500_message_call_keeps_every_prompt_under_the_budget_and_folds_in_chunks() {
    let app = spawn_llm_closing_app(ProviderChoice::OpenAi, |_| {}).await;
    app.llm
        .when_prompt_contains(SUMMARIZER_PROMPT, Step::computed(scripted_summarizer));
    let (mut client, _) = app.connect_init("").await;

    let answers = play(&mut client, 500).await;

    assert!(answers.iter().all(|a| a["type"] == "suggestion"));
    let recorded = app.llm.recorded();
    let budget = app.state.settings.memory.prompt_token_budget;
    let largest = recorded
        .iter()
        .map(|r| tokens(&prompt_of(r)).len())
        .max()
        .unwrap();
    assert!(
        largest <= budget,
        "a prompt of {largest} o200k tokens, over {budget}"
    );
    let summarizer_calls = recorded.iter().filter(|r| is_summarizer(r)).count();
    let summarizer_tokens: usize = recorded
        .iter()
        .filter(|r| is_summarizer(r))
        .map(|r| tokens(&prompt_of(r)).len())
        .sum();
    assert!(
        summarizer_calls * 10 <= 500,
        "{summarizer_calls} summarizer calls for 500 messages"
    );
    let figures = Figures::of(&recorded);
    println!(
        "prompt tokens: message 50 {}, message 500 {}; mean 1..=50 {:.0}, 1..=500 {:.0}, total {}; largest prompt {largest}",
        figures.prompt_tokens[49],
        figures.prompt_tokens[499],
        figures.mean_tokens(50),
        figures.mean_tokens(500),
        figures.prompt_tokens.iter().sum::<usize>()
    );
    println!(
        "uncached tokens: 1..=200 {}, 1..=500 {}; prefix share 2..=200 {:.3}, 2..=500 {:.3}; summarizer calls {summarizer_calls} ({summarizer_tokens} prompt tokens)",
        figures.uncached[..200].iter().sum::<usize>(),
        figures.uncached.iter().sum::<usize>(),
        figures.mean_share(200),
        figures.mean_share(500),
    );
}

#[tokio::test]
async fn long_messages_under_a_tight_budget_are_cut_never_over_it() {
    let budget = 1500;
    let app = spawn_llm_closing_app(ProviderChoice::OpenAi, |s| {
        s.memory.prompt_token_budget = budget;
        s.sessions.folding = s.memory.folding(s.sessions.max_memory_messages);
    })
    .await;
    let (mut client, _) = app.connect_init("").await;
    let long =
        "We compared three vendors on price, support hours, integrations and training; ".repeat(8);

    for seq in 1..=120 {
        let mut message = message(seq);
        message["text"] = json!(format!("{long} (point {seq})"));
        client.send_json(&message).await;
        let answer = answer_to(&mut client, seq).await;
        assert_eq!(answer["type"], "suggestion", "{answer}");
    }

    for request in app.llm.recorded() {
        let count = tokens(&prompt_of(&request)).len();
        assert!(
            count <= budget,
            "a prompt of {count} o200k tokens, over {budget}"
        );
    }
}
