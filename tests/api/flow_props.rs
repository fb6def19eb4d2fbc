//! A property test of the protocol's invariants: random interleavings of sends,
//! bad frames, disconnects, reconnects and LLM failures and latencies, against the
//! real server and the fake LLM, in `every` and `latest` modes.
//!
//! After each run: exactly one answer per accepted message on a connection that
//! stayed open, answers in `seq` order per connection in `every` mode, every
//! accepted message in the session's memory, no answer for a message never
//! accepted, and every answer tied to the right message.
//!
//! With resumes (`?last_seq=` the last answer the client got, SPEC 11): exactly
//! one answer per accepted message across every connection, in `seq` order,
//! however many times the client dropped.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use callshadow::config::{ProviderChoice, Settings, SuggestionMode};
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::fake_llm::{Reply, Step};
use crate::helpers::{Client, TestApp, client_says, spawn_llm_app};

/// One thing the client or the LLM does.
#[derive(Debug, Clone)]
enum Op {
    /// Send a valid message (reconnecting first if disconnected).
    Send,
    /// Send a frame that is not a valid message.
    SendInvalid,
    /// Close the connection without waiting for answers.
    Disconnect,
    /// Queue what the LLM does for one upcoming request.
    Llm(Llm),
    /// Let time pass.
    Pause(u64),
}

/// What the fake LLM does for one request.
#[derive(Debug, Clone)]
enum Llm {
    Answer(u64),
    Fail,
    Garbage,
    Hang,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        5 => Just(Op::Send),
        1 => Just(Op::SendInvalid),
        1 => Just(Op::Disconnect),
        2 => prop_oneof![
            (0u64..150).prop_map(Llm::Answer),
            Just(Llm::Fail),
            Just(Llm::Garbage),
            Just(Llm::Hang),
        ]
        .prop_map(Op::Llm),
        1 => (0u64..120).prop_map(Op::Pause),
    ]
}

fn step(llm: &Llm) -> Step {
    match llm {
        Llm::Answer(ms) => Step::answer(crate::fake_llm::DEFAULT_SUGGESTION)
            .with_latency(Duration::from_millis(*ms)),
        Llm::Fail => Step::status(503),
        Llm::Garbage => Step::answer("no JSON here"),
        Llm::Hang => Step::reply(Reply::Hang),
    }
}

/// One connection as the client saw it.
#[derive(Default)]
struct Seen {
    /// `message_id`s of the valid messages sent on it.
    sent: Vec<u64>,
    /// Every frame it received, in order.
    frames: Vec<Value>,
}

struct Run {
    app: TestApp,
    session_id: String,
    client: Option<Client>,
    connections: Vec<Seen>,
    next_id: u64,
    /// Whether the client resumes with `?last_seq=`.
    resume: bool,
}

fn settings(settings: &mut Settings, mode: SuggestionMode) {
    settings.flow.mode = mode;
    settings.llm.max_retries = 1;
    settings.llm.timeout = Duration::from_millis(300);
    settings.llm.deadline = Duration::from_millis(900);
    settings.ws.max_pending_messages = 4;
}

impl Run {
    async fn start(mode: SuggestionMode) -> Self {
        let app = spawn_llm_app(ProviderChoice::OpenAi, |s| settings(s, mode)).await;
        // Calls take a while by default, so messages arrive while one is in flight.
        app.llm.set_default(
            Step::answer(crate::fake_llm::DEFAULT_SUGGESTION)
                .with_latency(Duration::from_millis(60)),
        );
        let mut run = Run {
            app,
            session_id: "property-run-0001".to_owned(),
            client: None,
            connections: Vec::new(),
            next_id: 1,
            resume: false,
        };
        run.connect().await;
        run
    }

    async fn connect(&mut self) {
        let mut query = format!("session_id={}", self.session_id);
        if self.resume {
            let last = self.connections.iter().flat_map(answered).max();
            query.push_str(&format!("&last_seq={}", last.unwrap_or(0)));
        }
        let (client, init) = self.app.connect_init(&query).await;
        let accepted = self.connections.iter().map(|c| c.sent.len()).sum::<usize>();
        assert_eq!(
            init["history_length"],
            json!(accepted.min(50)),
            "memory holds every accepted message"
        );
        self.client = Some(client);
        self.connections.push(Seen::default());
    }

    async fn apply(&mut self, op: &Op) {
        match op {
            Op::Send => {
                if self.client.is_none() {
                    self.connect().await;
                }
                let id = self.next_id;
                self.next_id += 1;
                let mut message = client_says(&format!("message {id}"));
                message["message_id"] = json!(id);
                self.current().0.send_json(&message).await;
                self.current().1.sent.push(id);
            }
            Op::SendInvalid => {
                if let Some(client) = self.client.as_mut() {
                    client
                        .send_text(r#"{"text": "", "speaker": "nobody"}"#)
                        .await;
                }
            }
            Op::Disconnect => {
                self.collect(Duration::from_millis(5)).await;
                if let Some(client) = self.client.take() {
                    client.close().await;
                }
            }
            Op::Llm(llm) => self.app.llm.push(step(llm)),
            Op::Pause(ms) => self.collect(Duration::from_millis(*ms)).await,
        }
        self.collect(Duration::from_millis(2)).await;
    }

    fn current(&mut self) -> (&mut Client, &mut Seen) {
        let seen = self.connections.last_mut().expect("a connection");
        (self.client.as_mut().expect("connected"), seen)
    }

    /// Reads what arrives on the open connection for `window`.
    async fn collect(&mut self, window: Duration) {
        let Some(client) = self.client.as_mut() else {
            return;
        };
        let seen = self.connections.last_mut().expect("a connection");
        while let Some(frame) = client.recv_within(window).await {
            seen.frames.push(frame);
        }
    }

    /// Waits until every message sent on the open connection is answered.
    async fn settle(&mut self) {
        self.app
            .llm
            .set_default(Step::answer(crate::fake_llm::DEFAULT_SUGGESTION));
        for _ in 0..100 {
            let done = if self.resume {
                let all = self
                    .connections
                    .iter()
                    .map(|c| answered(c).len())
                    .sum::<usize>();
                all >= self.connections.iter().map(|c| c.sent.len()).sum::<usize>()
            } else {
                self.connections
                    .last()
                    .is_some_and(|c| answered(c).len() >= c.sent.len())
            };
            if self.client.is_none() || done {
                break;
            }
            self.collect(Duration::from_millis(50)).await;
        }
        self.collect(Duration::from_millis(50)).await;
    }
}

/// The `seq`s a connection got an answer (suggestion, error or ack) for.
fn answered(seen: &Seen) -> Vec<u64> {
    seen.frames
        .iter()
        .filter_map(|f| match f["type"].as_str() {
            Some("suggestion" | "error") => f["reply_to"].as_u64(),
            Some("ack") => f["seq"].as_u64(),
            _ => None,
        })
        .collect()
}

/// Checks every invariant once the run has settled.
async fn check(run: &Run, mode: SuggestionMode) {
    let seq_of: HashMap<u64, u64> = run
        .connections
        .iter()
        .flat_map(|c| c.sent.iter().copied())
        .enumerate()
        .map(|(i, id)| (id, i as u64 + 1))
        .collect();
    for (index, seen) in run.connections.iter().enumerate() {
        let replies = answered(seen);
        let unique: HashSet<u64> = replies.iter().copied().collect();
        assert_eq!(
            unique.len(),
            replies.len(),
            "one answer per message on connection {index}: {:?}",
            seen.frames
        );
        let own: HashSet<u64> = seen.sent.iter().map(|id| seq_of[id]).collect();
        assert!(
            unique.is_subset(&own),
            "answers only for messages accepted on connection {index}"
        );
        check_ties(seen, &seq_of);
        if mode == SuggestionMode::Every {
            assert!(
                replies.windows(2).all(|w| w[0] < w[1]),
                "in seq order: {replies:?}"
            );
        }
        let last = index == run.connections.len() - 1;
        if last && run.client.is_some() {
            assert_eq!(
                unique, own,
                "every message on the open connection is answered: {:?}",
                seen.frames
            );
        }
    }
    let (_, info) = run
        .app
        .get(&format!("/ws/sessions/{}", run.session_id))
        .await;
    assert_eq!(
        info["message_count"],
        json!(seq_of.len()),
        "every accepted message is in memory"
    );
}

/// Each answer names the message it answers (`message_id` ↔ `seq`), validation
/// errors answer nothing, and acks point forward to an answered message.
fn check_ties(seen: &Seen, seq_of: &HashMap<u64, u64>) {
    for frame in &seen.frames {
        match frame["type"].as_str() {
            Some("error") if frame["error_code"] == "VALIDATION_ERROR" => {
                assert!(frame.get("reply_to").is_none(), "{frame}");
            }
            Some("suggestion" | "error") => {
                let id = frame["message_id"]
                    .as_u64()
                    .expect("answers echo message_id");
                assert_eq!(frame["reply_to"].as_u64(), Some(seq_of[&id]), "{frame}");
            }
            Some("ack") => {
                let id = frame["message_id"].as_u64().expect("acks echo message_id");
                assert_eq!(frame["seq"].as_u64(), Some(seq_of[&id]), "{frame}");
                assert!(
                    frame["covered_by"].as_u64() > frame["seq"].as_u64(),
                    "{frame}"
                );
            }
            _ => {}
        }
    }
}

/// With resumes: over every connection, one answer per accepted message, in
/// `seq` order in `every` mode, each tied to its message.
fn check_resumed(run: &Run, mode: SuggestionMode) {
    let accepted: Vec<u64> = (1..=run.next_id - 1).collect();
    let seq_of: HashMap<u64, u64> = accepted.iter().map(|id| (*id, *id)).collect();
    let mut all: Vec<u64> = run.connections.iter().flat_map(answered).collect();
    if mode == SuggestionMode::Latest {
        // Acks leave as soon as a message is folded, before older answers.
        all.sort_unstable();
    }
    assert_eq!(
        all,
        accepted,
        "one answer per accepted message, in order, across reconnects: {:?}",
        run.connections
            .iter()
            .map(|c| &c.frames)
            .collect::<Vec<_>>()
    );
    for seen in &run.connections {
        check_ties(seen, &seq_of);
    }
}

fn run_case(mode: SuggestionMode, ops: &[Op]) {
    run_ops(mode, ops, false);
}

fn run_ops(mode: SuggestionMode, ops: &[Op], resume: bool) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let mut run = Run::start(mode).await;
        run.resume = resume;
        for op in ops {
            run.apply(op).await;
        }
        if resume && run.client.is_none() {
            run.connect().await;
        }
        run.settle().await;
        if resume {
            check_resumed(&run, mode);
        } else {
            check(&run, mode).await;
        }
        if run.client.is_none() {
            run.connect().await;
        }
    });
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_in_every_mode(ops in proptest::collection::vec(op(), 1..14)) {
        run_case(SuggestionMode::Every, &ops);
    }

    #[test]
    fn invariants_hold_in_latest_mode(ops in proptest::collection::vec(op(), 1..14)) {
        run_case(SuggestionMode::Latest, &ops);
    }

    #[test]
    fn every_message_is_answered_once_across_resumes_with_last_seq(
        ops in proptest::collection::vec(op(), 1..16)
    ) {
        run_ops(SuggestionMode::Every, &ops, true);
    }

    #[test]
    fn every_message_is_answered_once_across_resumes_in_latest_mode(
        ops in proptest::collection::vec(op(), 1..16)
    ) {
        run_ops(SuggestionMode::Latest, &ops, true);
    }
}
