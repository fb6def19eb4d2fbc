//! The documented deployment, for real: two callshadow binaries on one
//! `redis-server`, behind `nginx` running `deploy/nginx.conf` (round-robin,
//! WebSocket upgrades). A client that reconnects lands on either instance and
//! the conversation goes on; one instance is killed (`kill -9`), the client
//! reconnects, nothing is lost.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::helpers::{Client, Nginx, RedisServer, Server, client_says, repo, start_binary};

const SESSION: &str = "behind-nginx-01";

fn instance(redis: &RedisServer, name: &str) -> Server {
    let url = redis.url();
    start_binary(&[("REDIS_URL", url.as_str()), ("INSTANCE_ID", name)])
}

/// The shipped configuration with the test's ports.
fn nginx(a: &str, b: &str) -> Nginx {
    let config = Nginx::shipped_config(&repo("deploy/nginx.conf"))
        .replace("listen 8080;", "listen 127.0.0.1:{{PORT}};")
        .replace("127.0.0.1:8001", a)
        .replace("127.0.0.1:8002", b);
    Nginx::start(&config, &[])
}

/// Connects through nginx, says one thing; the answer's `reply_to`, and the
/// instance that holds the session now (asked of `witness` directly, so the
/// question does not move nginx's round-robin).
async fn turn(proxy: u16, witness: &str, text: &str) -> (u64, String) {
    let mut client = connect(proxy).await;
    let answer = client.say(&client_says(text)).await;
    assert_eq!(answer["type"], "suggestion", "{answer}");
    let info: Value = reqwest::get(format!("http://{witness}/ws/sessions/{SESSION}"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    client.close().await;
    let holder = info["instance"].as_str().unwrap().to_owned();
    (answer["reply_to"].as_u64().unwrap(), holder)
}

/// Connects through nginx to the session, as a client does: a refusal the
/// server marks `retryable` (the store did not answer in time, on a loaded
/// machine) is followed by a new attempt; anything else fails the test, shown.
async fn connect(proxy: u16) -> Client {
    let url = format!("ws://127.0.0.1:{proxy}/ws/conversation?session_id={SESSION}");
    for _ in 0..3 {
        let (ws, _) = tokio_tungstenite::connect_async(&url).await.unwrap();
        let mut client = Client::from_stream(ws);
        let first = client.recv_json().await;
        if first["type"] == "session_init" {
            return client;
        }
        assert_eq!(first["details"]["retryable"], true, "{first}");
    }
    panic!("the session could not be opened in three attempts");
}

#[tokio::test]
#[cfg_attr(
    not(all(callshadow_redis, callshadow_nginx)),
    ignore = "needs redis-server and nginx (not installed)"
)]
async fn behind_nginx_a_conversation_moves_between_instances_and_survives_one_being_killed() {
    let redis = RedisServer::start();
    let mut a = instance(&redis, "deploy-a");
    let b = instance(&redis, "deploy-b");
    let proxy = nginx(&a.address, &b.address);

    let mut holders = BTreeSet::new();
    for seq in 1..=6 {
        let (reply_to, holder) = turn(proxy.port, &b.address, &format!("message {seq}")).await;
        assert_eq!(reply_to, seq, "the conversation goes on");
        holders.insert(holder);
    }
    assert_eq!(
        holders,
        BTreeSet::from(["deploy-a".to_owned(), "deploy-b".to_owned()]),
        "round-robin spread the reconnects over both instances"
    );

    a.kill();
    for seq in 7..=10 {
        let (reply_to, holder) = turn(proxy.port, &b.address, &format!("message {seq}")).await;
        assert_eq!(reply_to, seq, "nothing was lost with the killed instance");
        assert_eq!(holder, "deploy-b");
    }
    b.stop().await;
}
