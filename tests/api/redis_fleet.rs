//! Several instances sharing one real `redis-server`: a session resumes on any
//! instance, deletion and take-over reach the socket wherever it is, listing
//! shows the whole fleet, and a take-over race has exactly one winner.

use serde_json::{Value, json};

use crate::helpers::{Client, RedisServer, TestApp, client_says, spawn_redis_app, wait_for};

async fn fleet(redis: &RedisServer) -> (TestApp, TestApp) {
    let a = spawn_redis_app(redis, "instance-a", |_| {}).await;
    let b = spawn_redis_app(redis, "instance-b", |_| {}).await;
    (a, b)
}

/// Opens `session_id` on `app`; the client and its `session_init`.
async fn open(app: &TestApp, session_id: &str) -> (Client, Value) {
    app.connect_init(&format!("session_id={session_id}")).await
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn a_conversation_started_on_one_instance_resumes_on_another_with_memory_seq_and_version() {
    let redis = RedisServer::start();
    let (a, b) = fleet(&redis).await;
    let (mut client, init) = open(&a, "moving-session-1").await;
    assert_eq!(init["resumed"], false);
    for text in ["We use Salesforce today.", "Is it expensive?", "Who signs?"] {
        assert_eq!(client.say(&client_says(text)).await["type"], "suggestion");
    }
    client.close().await;

    let (mut again, init) = open(&b, "moving-session-1").await;

    assert_eq!(init["resumed"], true, "{init}");
    assert_eq!(init["history_length"], 3);
    assert_eq!(init["prompt_version"], "v1");
    let answer = again.say(&client_says("And the price?")).await;
    assert_eq!(answer["reply_to"], 4, "seq goes on: {answer}");
    let (status, info) = a.get("/ws/sessions/moving-session-1").await;
    assert_eq!(status, 200, "any instance answers for the fleet");
    assert_eq!(
        (
            info["instance"].clone(),
            info["connected"].clone(),
            info["message_count"].clone()
        ),
        (json!("instance-b"), json!(true), json!(4))
    );
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn deleting_a_session_on_one_instance_closes_its_socket_on_another_with_4000() {
    let redis = RedisServer::start();
    let (a, b) = fleet(&redis).await;
    let (mut client, _) = open(&a, "deleted-elsewhere").await;
    client.say(&client_says("Hello")).await;

    let (status, body) = b.delete("/ws/sessions/deleted-elsewhere").await;

    assert_eq!(status, 200, "{body}");
    let (frames, close) = client.recv_until_close().await;
    assert_eq!(frames[0]["error_code"], "SESSION_ERROR");
    assert_eq!(u16::from(close.expect("a close frame").code), 4000);
    assert_eq!(a.get("/ws/sessions/deleted-elsewhere").await.0, 404);
    assert_eq!(b.delete("/ws/sessions/deleted-elsewhere").await.0, 404);
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn taking_a_session_over_on_another_instance_closes_the_first_socket_with_4001() {
    let redis = RedisServer::start();
    let (a, b) = fleet(&redis).await;
    let (mut first, _) = open(&a, "taken-elsewhere").await;
    first.say(&client_says("Hello")).await;

    let (mut second, init) = open(&b, "taken-elsewhere").await;

    assert_eq!(
        (init["resumed"].clone(), init["history_length"].clone()),
        (json!(true), json!(1))
    );
    let (frames, close) = first.recv_until_close().await;
    assert_eq!(frames[0]["error_code"], "SESSION_ERROR");
    assert_eq!(u16::from(close.expect("a close frame").code), 4001);
    assert_eq!(second.say(&client_says("Still me")).await["reply_to"], 2);
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn listing_on_any_instance_shows_the_sessions_of_every_instance() {
    let redis = RedisServer::start();
    let (a, b) = fleet(&redis).await;
    let (_on_a, _) = open(&a, "listed-on-a").await;
    let (on_b, _) = open(&b, "listed-on-b").await;
    on_b.close().await;
    let path = "/ws/sessions/listed-on-b";
    assert!(wait_for(|| async { b.get(path).await.1["connected"] == false }).await);

    for app in [&a, &b] {
        let (status, body) = app.get("/ws/sessions?limit=10").await;
        assert_eq!(status, 200);
        assert_eq!(body["total"], 2, "{body}");
        let seen: Vec<(Value, Value, Value)> = body["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["session_id"].clone(),
                    s["instance"].clone(),
                    s["connected"].clone(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                (json!("listed-on-a"), json!("instance-a"), json!(true)),
                (json!("listed-on-b"), json!("instance-b"), json!(false)),
            ]
        );
    }
    let (_, page) = a.get("/ws/sessions?limit=1&offset=1").await;
    assert_eq!(page["sessions"][0]["session_id"], "listed-on-b");
    assert_eq!(page["total"], 2);
}

/// What became of one side of a race: `true` if it was answered, `false` if it
/// was told the session was taken (SESSION_ERROR, then 4001).
async fn outcome(mut client: Client, text: &str) -> bool {
    client.send_json(&client_says(text)).await;
    let (frames, close) = client.recv_until_close_or_frame("suggestion").await;
    if frames.iter().any(|f| f["type"] == "suggestion") {
        return true;
    }
    assert!(
        frames.iter().any(|f| f["error_code"] == "SESSION_ERROR"),
        "{frames:?}"
    );
    assert_eq!(close.map(|c| u16::from(c.code)), Some(4001));
    false
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn two_instances_taking_over_one_session_at_once_leave_exactly_one_winner() {
    let redis = RedisServer::start();
    let (a, b) = fleet(&redis).await;
    for round in 0..20 {
        let id = format!("raced-session-{round:02}");
        let (seed, _) = open(&a, &id).await;
        seed.close().await;
        let ((on_a, _), (on_b, _)) = tokio::join!(open(&a, &id), open(&b, &id));
        let (a_won, b_won) = tokio::join!(outcome(on_a, "From A"), outcome(on_b, "From B"));
        assert!(
            a_won ^ b_won,
            "round {round}: exactly one winner (a {a_won}, b {b_won})"
        );
        let winner = if a_won { "instance-a" } else { "instance-b" };
        let path = format!("/ws/sessions/{id}");
        assert!(
            wait_for(|| async { a.get(&path).await.1["instance"] == winner }).await,
            "round {round}: the store names the winner"
        );
        assert_eq!(
            a.get(&path).await.1["message_count"],
            1,
            "round {round}: only the winner wrote"
        );
    }
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn a_resume_token_guards_a_session_on_every_instance_and_nothing_is_stored_before_a_message()
{
    let redis = RedisServer::start();
    let require = |s: &mut callshadow::config::Settings| s.access.require_resume_token = true;
    let a = spawn_redis_app(&redis, "instance-a", require).await;
    let b = spawn_redis_app(&redis, "instance-b", require).await;
    let (mut client, init) = a.connect_init("").await;
    let id = init["session_id"].as_str().unwrap().to_owned();
    let token = init["resume_token"].as_str().unwrap().to_owned();
    let mut redis_connection = redis.connection().await;
    let key = format!("callshadow:session:{id}");
    let stored: bool = redis::AsyncCommands::exists(&mut redis_connection, &key)
        .await
        .unwrap();
    assert!(
        !stored,
        "a session costs Redis nothing before its first message"
    );
    client.say(&client_says("Hello")).await;
    let stored: bool = redis::AsyncCommands::exists(&mut redis_connection, &key)
        .await
        .unwrap();
    assert!(stored);
    client.close().await;

    let refused = b
        .upgrade(&format!("session_id={id}"), &[], None)
        .await
        .err()
        .unwrap();
    assert_eq!(
        refused.0, 403,
        "no token, no resume, on another instance too"
    );
    let mut resumed = b
        .upgrade(&format!("session_id={id}&resume_token={token}"), &[], None)
        .await
        .unwrap();
    let init = resumed.recv_json().await;
    assert_eq!(
        (init["resumed"].clone(), init["history_length"].clone()),
        (json!(true), json!(1))
    );
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn answers_missed_on_one_instance_are_replayed_by_another_with_last_seq() {
    let redis = RedisServer::start();
    let (a, b) = fleet(&redis).await;
    let (mut client, _) = open(&a, "replayed-elsewhere").await;
    let mut originals = Vec::new();
    for text in ["We use Salesforce today.", "Is it expensive?", "Who signs?"] {
        originals.push(client.say(&client_says(text)).await);
    }
    client.close().await;
    assert!(a.all_connections_ended().await);
    let written = || async {
        let (_, info) = b.get("/ws/sessions/replayed-elsewhere").await;
        info["connected"] == json!(false)
    };
    assert!(wait_for(written).await, "instance a released the session");

    let (mut again, init) = b
        .connect_init("session_id=replayed-elsewhere&last_seq=1")
        .await;

    assert_eq!(init["resumed"], true);
    assert_eq!(again.recv_json().await, originals[1]);
    assert_eq!(again.recv_json().await, originals[2]);
    assert_eq!(again.say(&client_says("And now?")).await["reply_to"], 4);
}
