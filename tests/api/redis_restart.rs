//! The real binary on a real `redis-server`, stopped (SIGTERM) or killed
//! (`kill -9`) mid-conversation and started again: the session resumes with its
//! history, `seq` and prompt version.

use serde_json::{Value, json};

use crate::helpers::{Client, RedisServer, Server, client_says, start_binary};

/// Starts the binary on `redis`, with A/B testing so the version is telling.
fn start(redis: &RedisServer) -> Server {
    let url = redis.url();
    start_binary(&[
        ("REDIS_URL", url.as_str()),
        ("ENABLE_PROMPT_AB_TESTING", "true"),
        ("PROMPT_AB_TEST_SPLIT", "50"),
        ("PROMPT_AB_ALTERNATIVE", "v3"),
    ])
}

async fn connect(address: &str, session_id: &str) -> (Client, Value) {
    let url = format!("ws://{address}/ws/conversation?session_id={session_id}");
    let (ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let mut client = Client::from_stream(ws);
    let init = client.recv_json().await;
    assert_eq!(init["type"], "session_init", "{init}");
    (client, init)
}

async fn survives(kill: &str) {
    let redis = RedisServer::start();
    let id = format!("survivor{}", kill.trim_start_matches('-'));
    let server = start(&redis);
    let (mut client, init) = connect(&server.address, &id).await;
    let version = init["prompt_version"].clone();
    for text in ["We use Salesforce today.", "Is it expensive?", "Who signs?"] {
        assert_eq!(client.say(&client_says(text)).await["type"], "suggestion");
    }
    server.signal(kill);
    server.wait().await;

    let server = start(&redis);
    let (mut again, init) = connect(&server.address, &id).await;

    assert_eq!(
        (init["resumed"].clone(), init["history_length"].clone()),
        (json!(true), json!(3)),
        "{kill}: {init}"
    );
    assert_eq!(init["prompt_version"], version);
    assert_eq!(again.say(&client_says("And now?")).await["reply_to"], 4);
    server.stop().await;
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn a_session_survives_a_sigterm_of_the_server() {
    survives("-TERM").await;
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn a_session_survives_a_kill_9_of_the_server() {
    survives("-KILL").await;
}
