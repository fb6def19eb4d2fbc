//! Missed answers (SPEC 11): a client that resumes with `?last_seq=N` gets
//! again the answers it holds for messages after N, in order, before anything
//! new; the newest message whose call a disconnect or a take-over cancelled is
//! answered then, and the older ones are acknowledged as covered by it.

use std::time::Duration;

use callshadow::config::ProviderChoice;
use serde_json::{Value, json};

use crate::fake_llm::{DEFAULT_SUGGESTION, Reply, Step};
use crate::helpers::{Client, TestApp, client_says, spawn_llm_app};

fn numbered(i: u64) -> Value {
    let mut message = client_says(&format!("message {i}"));
    message["message_id"] = json!(i);
    message
}

async fn answer_app() -> TestApp {
    let app = spawn_llm_app(ProviderChoice::OpenAi, |_| {}).await;
    app.llm.set_default(Step::answer(DEFAULT_SUGGESTION));
    app
}

/// A session with `answered` messages answered and `pending` more sent while
/// the LLM hangs; the client then drops. Returns the session id and the
/// answers it got.
async fn drop_with_calls_in_flight(
    app: &TestApp,
    answered: u64,
    pending: u64,
) -> (String, Vec<Value>) {
    let (mut client, init) = app.connect_init("").await;
    let id = init["session_id"].as_str().unwrap().to_owned();
    let mut answers = Vec::new();
    for i in 1..=answered {
        answers.push(client.say(&numbered(i)).await);
    }
    app.llm.set_default(Step::reply(Reply::Hang));
    for i in answered + 1..=answered + pending {
        client.send_json(&numbered(i)).await;
    }
    assert!(
        app.llm
            .wait_for_requests(answered as usize + 1, Duration::from_secs(5))
            .await,
        "the next call is in flight"
    );
    client.close().await;
    assert!(app.all_connections_ended().await, "the server saw the drop");
    app.llm.set_default(Step::answer(DEFAULT_SUGGESTION));
    (id, answers)
}

async fn resume(app: &TestApp, id: &str, last_seq: u64) -> Client {
    let (client, init) = app
        .connect_init(&format!("session_id={id}&last_seq={last_seq}"))
        .await;
    assert_eq!(init["resumed"], true);
    client
}

#[tokio::test]
async fn a_resume_with_last_seq_gets_the_answers_it_missed_in_order_before_anything_new() {
    // Arrange: three answers; the client says it got only the first.
    let app = answer_app().await;
    let (mut client, init) = app.connect_init("").await;
    let id = init["session_id"].as_str().unwrap().to_owned();
    let mut originals = Vec::new();
    for i in 1..=3 {
        originals.push(client.say(&numbered(i)).await);
    }
    client.close().await;
    assert!(app.all_connections_ended().await);

    // Act
    let mut client = resume(&app, &id, 1).await;
    client.send_json(&numbered(4)).await;

    // Assert: the same frames again, then the new answer.
    assert_eq!(client.recv_json().await, originals[1]);
    assert_eq!(client.recv_json().await, originals[2]);
    let fresh = client.recv_json().await;
    assert_eq!(fresh["reply_to"], 4, "{fresh}");
    assert_eq!(app.llm.requests(), 4, "replayed answers cost no LLM call");
}

#[tokio::test]
async fn a_resume_without_last_seq_or_with_everything_replays_nothing() {
    let app = answer_app().await;
    let (mut client, init) = app.connect_init("").await;
    let id = init["session_id"].as_str().unwrap().to_owned();
    client.say(&numbered(1)).await;
    client.close().await;
    assert!(app.all_connections_ended().await);

    let (mut client, _) = app.connect_init(&format!("session_id={id}")).await;
    let next = client.say(&numbered(2)).await;
    assert_eq!(next["reply_to"], 2, "nothing before the new answer: {next}");
    client.close().await;
    assert!(app.all_connections_ended().await);

    let (mut client, _) = app
        .connect_init(&format!("session_id={id}&last_seq=2"))
        .await;
    let next = client.say(&numbered(3)).await;
    assert_eq!(next["reply_to"], 3, "{next}");
}

#[tokio::test]
async fn the_newest_message_whose_call_a_disconnect_cancelled_is_answered_on_resume() {
    // Arrange: 1 answered; 2 in flight and 3 queued when the client drops.
    let app = answer_app().await;
    let (id, _) = drop_with_calls_in_flight(&app, 1, 2).await;

    // Act
    let mut client = resume(&app, &id, 1).await;

    // Assert: 2 is covered by 3, and 3 is answered.
    let ack = client.recv_json().await;
    assert_eq!(ack["type"], "ack", "{ack}");
    assert_eq!(
        (ack["seq"].as_u64(), ack["covered_by"].as_u64()),
        (Some(2), Some(3))
    );
    assert_eq!(ack["message_id"], 2);
    let answer = client.recv_json().await;
    assert_eq!(answer["type"], "suggestion", "{answer}");
    assert_eq!(
        (answer["reply_to"].as_u64(), answer["message_id"].as_u64()),
        (Some(3), Some(3))
    );
    let next = client.say(&numbered(4)).await;
    assert_eq!(next["reply_to"], 4, "then the conversation goes on");
}

#[tokio::test]
async fn a_second_resume_gets_the_replayed_answers_again_but_no_new_call() {
    let app = answer_app().await;
    let (id, _) = drop_with_calls_in_flight(&app, 1, 1).await;
    let mut client = resume(&app, &id, 1).await;
    let first = client.recv_json().await;
    assert_eq!(first["reply_to"], 2);
    let calls = app.llm.requests();
    client.close().await;
    assert!(app.all_connections_ended().await);

    let mut client = resume(&app, &id, 1).await;

    assert_eq!(client.recv_json().await, first, "the kept answer, again");
    let next = client.say(&numbered(3)).await;
    assert_eq!(next["reply_to"], 3);
    assert_eq!(app.llm.requests(), calls + 1, "only message 3 cost a call");
}

#[tokio::test]
async fn a_take_over_with_last_seq_answers_what_the_old_socket_was_waiting_for() {
    // Arrange: the old socket waits for message 2 (the LLM hangs).
    let app = answer_app().await;
    let (mut old, init) = app.connect_init("").await;
    let id = init["session_id"].as_str().unwrap().to_owned();
    old.say(&numbered(1)).await;
    app.llm.set_default(Step::reply(Reply::Hang));
    old.send_json(&numbered(2)).await;
    assert!(app.llm.wait_for_requests(2, Duration::from_secs(5)).await);
    app.llm.set_default(Step::answer(DEFAULT_SUGGESTION));

    // Act
    let mut new = resume(&app, &id, 1).await;

    // Assert
    let (frames, close) = old.recv_until_close().await;
    assert_eq!(u16::from(close.unwrap().code), 4001);
    assert!(
        frames.iter().any(|f| f["error_code"] == "SESSION_ERROR"),
        "{frames:?}"
    );
    let answer = new.recv_json().await;
    assert_eq!(
        (answer["type"].as_str(), answer["reply_to"].as_u64()),
        (Some("suggestion"), Some(2))
    );
}

#[tokio::test]
async fn a_bad_last_seq_is_refused_before_the_upgrade() {
    let app = answer_app().await;
    for bad in ["-1", "abc", "1.5", "99999999999999999999999"] {
        let (status, body) = app
            .upgrade(&format!("last_seq={bad}"), &[], None)
            .await
            .err()
            .unwrap();
        assert_eq!(status, 400, "{bad}: {body}");
        assert!(
            body["detail"].as_str().unwrap().contains("last_seq"),
            "{body}"
        );
    }
}
