//! `callshadow replay` against a fake server that breaks the protocol in one way
//! each: a missing answer, a duplicated one, answers out of `seq` order, an
//! unknown frame type, a frame of the wrong shape, a connection closed early.
//! Each time the binary exits non-zero, naming the frame (or the line).

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::{TcpListener, TcpStream};
use tokio_tungstenite::tungstenite::Message;

/// How the fake server misbehaves.
#[derive(Debug, Clone, Copy)]
enum Breach {
    /// Never answers the last message (seq 3).
    Missing,
    /// Answers message 1 twice.
    Duplicate,
    /// Holds the answer to 1 and sends it after the answer to 2.
    OutOfOrder,
    /// Sends a frame of a type the protocol does not have.
    UnknownType,
    /// Sends a suggestion without its `meta`.
    BadShape,
    /// Answers message 1, then closes the connection once message 3 arrives.
    ClosesEarly,
}

const INIT: &str = r#"{"type":"session_init","session_id":"5f0c6a4e-1111-4a4a-8888-123456789abc","resumed":false,"message":"Session created successfully","history_length":0,"prompt_version":"v1"}"#;

fn suggestion(seq: u64, message_id: &Value) -> Value {
    json!({"type": "suggestion", "reply_to": seq, "message_id": message_id,
           "data": {"questions": ["What matters most?", "Who decides?"], "signals_detected": [],
                    "recommended_direction": "Listen."},
           "meta": {"source": "local", "prompt_version": "v1", "latency_ms": 1}})
}

impl Breach {
    /// The frames sent for message `seq`; `held` keeps an answer for later.
    /// `None` closes the connection.
    fn answer(self, seq: u64, id: &Value, held: &mut Vec<Value>) -> Option<Vec<Value>> {
        let normal = suggestion(seq, id);
        let frames = match (self, seq) {
            (Self::Missing, 3) => vec![],
            (Self::Duplicate, 1) => vec![normal.clone(), normal],
            (Self::OutOfOrder, 1) => {
                held.push(normal);
                vec![]
            }
            (Self::OutOfOrder, 2) => [vec![normal], std::mem::take(held)].concat(),
            (Self::UnknownType, 2) => vec![normal, json!({"type": "hint", "text": "psst"})],
            (Self::BadShape, 1) => {
                let mut frame = normal;
                frame.as_object_mut().unwrap().remove("meta");
                vec![frame]
            }
            (Self::ClosesEarly, 2) => vec![],
            (Self::ClosesEarly, 3) => return None,
            _ => vec![normal],
        };
        Some(frames)
    }
}

/// Starts the fake server; its WebSocket URL.
async fn fake_server(breach: Breach) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(converse(stream, breach));
        }
    });
    format!("ws://{address}/ws/conversation")
}

async fn converse(stream: TcpStream, breach: Breach) {
    let mut ws = tokio_tungstenite::accept_async(stream).await.unwrap();
    ws.send(Message::text(INIT)).await.unwrap();
    let (mut seq, mut held) = (0, Vec::new());
    while let Some(Ok(Message::Text(text))) = ws.next().await {
        let message: Value = serde_json::from_str(text.as_str()).unwrap();
        seq += 1;
        let Some(frames) = breach.answer(seq, &message["message_id"], &mut held) else {
            let _ = ws.close(None).await;
            return;
        };
        for frame in frames {
            let _ = ws.send(Message::text(frame.to_string())).await;
        }
    }
}

/// Plays three lines against a fake server that commits `breach`: the exit
/// code and what replay wrote to stderr.
async fn replay_against(breach: Breach) -> (Option<i32>, String) {
    let url = fake_server(breach).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("three.jsonl");
    let line =
        r#"{"text": "Hello", "speaker": "client", "sentiment": "neutral", "emotion": "calm"}"#;
    std::fs::write(&file, [line, line, line].join("\n")).unwrap();
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_callshadow"))
        .args(["replay", "--url", &url, "--timeout", "1", "--linger", "0"])
        .arg(&file)
        .output()
        .await
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[tokio::test]
async fn each_breach_of_the_protocol_exits_1_naming_the_frame() {
    let cases = [
        (
            Breach::Duplicate,
            "a second answer to seq 1",
            Some(r#"frame: {"data""#),
        ),
        (
            Breach::OutOfOrder,
            "the answer to seq 2 came before the answer to seq 1",
            Some(r#""reply_to":2"#),
        ),
        (
            Breach::UnknownType,
            "unknown frame type \"hint\"",
            Some(r#"frame: {"text":"psst","type":"hint"}"#),
        ),
        (
            Breach::BadShape,
            "does not match the published frame schema (at \"\": \"meta\" is a required property",
            Some(r#""reply_to":1"#),
        ),
        (
            Breach::Missing,
            "a missing answer: no answer to line(s) [3] within 1 s",
            None,
        ),
    ];
    for (breach, reason, frame) in cases {
        let (code, stderr) = replay_against(breach).await;

        assert_eq!(code, Some(1), "{breach:?}: {stderr}");
        assert!(
            stderr.contains(&format!("protocol violation: {reason}")),
            "{breach:?}: {stderr}"
        );
        if let Some(frame) = frame {
            assert!(
                stderr.contains(frame),
                "{breach:?} names the frame: {stderr}"
            );
        }
    }
}

#[tokio::test]
async fn a_connection_closed_with_messages_unanswered_exits_3() {
    let (code, stderr) = replay_against(Breach::ClosesEarly).await;

    assert_eq!(code, Some(3), "{stderr}");
    assert!(
        stderr.contains("the server closed the connection"),
        "{stderr}"
    );
    assert!(stderr.contains("unanswered: [2, 3]"), "{stderr}");
}
