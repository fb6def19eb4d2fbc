//! A real `redis-server` going away and coming back: conversations go on from
//! memory, nothing accepted is lost, `/ready` says what is going on; and the
//! session TTL in Redis.

use std::time::Duration;

use redis::AsyncCommands;
use serde_json::Value;

use crate::helpers::{RedisServer, TestApp, client_says, spawn_redis_app, wait_for};

/// The `seq` of every message Redis holds for `id`, in order.
async fn stored_seqs(redis: &RedisServer, id: &str) -> Vec<u64> {
    let mut connection = redis.connection().await;
    let key = format!("callshadow:session:{id}:messages");
    let messages: Vec<String> = connection.lrange(key, 0, -1).await.unwrap_or_default();
    messages
        .iter()
        .filter_map(|m| serde_json::from_str::<Value>(m).ok()?["seq"].as_u64())
        .collect()
}

async fn ready(app: &TestApp) -> (u16, Value) {
    app.get("/ready").await
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn messages_accepted_while_redis_is_down_reach_it_in_order_once_it_returns_empty() {
    let mut redis = RedisServer::start();
    let app = spawn_redis_app(&redis, "instance-a", |settings| {
        settings.store.write_timeout = Duration::from_millis(50);
    })
    .await;
    let (mut client, _) = app.connect_init("session_id=outage-session").await;
    for i in 1..=2 {
        client.say(&client_says(&format!("before {i}"))).await;
    }
    assert_eq!(stored_seqs(&redis, "outage-session").await, [1, 2]);

    redis.kill();
    for i in 3..=5 {
        let answer = client.say(&client_says(&format!("during {i}"))).await;
        assert_eq!(answer["reply_to"], i, "the conversation goes on: {answer}");
    }
    let (status, body) = ready(&app).await;
    assert_eq!(
        (status, body["redis"].as_str()),
        (200, Some("down")),
        "{body}"
    );
    assert!(body["writes_waiting"].as_u64().unwrap() >= 3, "{body}");

    redis.restart();
    let all_there =
        wait_for(|| async { stored_seqs(&redis, "outage-session").await == [1, 2, 3, 4, 5] }).await;
    assert!(
        all_there,
        "stored: {:?}",
        stored_seqs(&redis, "outage-session").await
    );
    assert!(wait_for(|| async { ready(&app).await.1["writes_waiting"] == 0 }).await);
    assert_eq!(ready(&app).await.1["redis"], "up");
    assert_eq!(client.say(&client_says("after")).await["reply_to"], 6);
    assert!(wait_for(|| async { stored_seqs(&redis, "outage-session").await.len() == 6 }).await);
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn a_session_held_only_in_redis_cannot_be_resumed_while_redis_is_down_and_says_so() {
    let mut redis = RedisServer::start();
    let a = spawn_redis_app(&redis, "instance-a", |_| {}).await;
    let b = spawn_redis_app(&redis, "instance-b", |_| {}).await;
    let (mut client, _) = a.connect_init("session_id=held-in-redis").await;
    client.say(&client_says("Hello")).await;
    client.close().await;
    redis.kill();
    assert!(wait_for(|| async { ready(&b).await.1["redis"] == "down" }).await);

    let mut refused = b.connect("session_id=held-in-redis").await;
    let (frames, close) = refused.recv_until_close().await;

    assert_eq!(frames[0]["error_code"], "SESSION_ERROR", "{frames:?}");
    assert!(
        frames[0]["message"]
            .as_str()
            .unwrap()
            .contains("unavailable")
    );
    assert_eq!(u16::from(close.expect("a close frame").code), 1013);
    let (_, init) = a.connect_init("session_id=held-in-redis").await;
    assert_eq!(
        (init["resumed"].as_bool(), init["history_length"].as_u64()),
        (Some(true), Some(1)),
        "the instance that holds it goes on from memory"
    );
    let (status, _) = b.get("/ws/sessions").await;
    assert_eq!(status, 503, "the fleet cannot be listed without Redis");
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn a_detached_session_expires_from_redis_after_its_ttl_and_an_attached_one_never_does() {
    let redis = RedisServer::start();
    let app = spawn_redis_app(&redis, "instance-a", |settings| {
        settings.store.session_ttl = Duration::from_secs(1);
    })
    .await;
    let (mut attached, _) = app.connect_init("session_id=stays-attached").await;
    attached.say(&client_says("Hello")).await;
    for round in 0..3 {
        let id = format!("detached-{round:02}");
        let (detached, _) = app.connect_init(&format!("session_id={id}")).await;
        detached.close().await;
        let mut connection = redis.connection().await;
        let key = format!("callshadow:session:{id}");
        let gone = wait_for(|| {
            let mut connection = connection.clone();
            let key = key.clone();
            async move { !connection.exists::<_, bool>(&key).await.unwrap() }
        })
        .await;
        assert!(gone, "round {round}: the detached session expired in Redis");
        let _: () = connection.ping().await.unwrap();
    }
    let (status, info) = app.get("/ws/sessions/stays-attached").await;
    assert_eq!(
        status, 200,
        "three TTLs later the attached session is still in Redis"
    );
    assert_eq!(
        (info["connected"].as_bool(), info["message_count"].as_u64()),
        (Some(true), Some(1))
    );
    let swept = wait_for(|| async { app.get("/ws/sessions").await.1["total"] == 1 }).await;
    assert!(swept, "expired sessions leave the index");
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn when_redis_comes_back_empty_every_instance_writes_back_the_sessions_it_holds() {
    let mut redis = RedisServer::start();
    let app = spawn_redis_app(&redis, "instance-a", |_| {}).await;
    let (mut attached, _) = app.connect_init("session_id=idle-attached").await;
    attached.say(&client_says("Hello")).await;
    let (mut detached, _) = app.connect_init("session_id=idle-detached").await;
    detached.say(&client_says("Hello")).await;
    detached.say(&client_says("Goodbye")).await;
    detached.close().await;

    redis.restart();

    for (id, seqs) in [("idle-attached", vec![1]), ("idle-detached", vec![1, 2])] {
        let back = wait_for(|| async { stored_seqs(&redis, id).await == seqs }).await;
        assert!(back, "{id} written back without any new activity");
    }
    let (status, body) = app.get("/ws/sessions").await;
    assert_eq!((status, body["total"].as_u64()), (200, Some(2)), "{body}");
}
