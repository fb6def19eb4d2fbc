//! The Redis store's contract against a real `redis-server`, below the
//! WebSocket: claims number epochs, a stale epoch can no longer write, writes
//! are idempotent, a session Redis lost can be written back whole, and any
//! page of the session list is an answer.

use std::sync::Arc;
use std::time::Duration;

use callshadow::domain::{InputMessage, Sentiment, SessionId, Speaker};
use callshadow::session::store::{Claim, StoreEvent, StoredSession, Write};
use callshadow::session::{Ownership, RedisStore, SessionStore, WriteOutcome};
use redis::AsyncCommands;
use secrecy::SecretString;
use tokio_util::sync::CancellationToken;

use crate::helpers::{RedisServer, test_settings};

fn store(redis: &RedisServer, instance: &str) -> Arc<RedisStore> {
    let mut settings = test_settings();
    settings.store.redis_url = Some(SecretString::from(redis.url()));
    let url = settings.store.redis_url.clone().unwrap();
    let lease = Duration::from_secs(10);
    RedisStore::open(
        &url,
        &settings.store,
        instance,
        50,
        lease,
        &CancellationToken::new(),
    )
    .unwrap()
}

fn claim(id: &SessionId) -> Claim {
    Claim {
        id: id.clone(),
        user_id: None,
        prompt_version: "v1".to_owned(),
        metadata: serde_json::Map::new(),
        ownership: Ownership::default(),
    }
}

fn message(id: &SessionId, epoch: u64, seq: u64) -> Write {
    let input = InputMessage {
        text: format!("message {seq}"),
        speaker: Speaker::Client,
        sentiment: Sentiment::Neutral,
        emotion: "neutral".to_owned(),
        message_id: None,
        timestamp: None,
    };
    let json = serde_json::to_string(&input.into_utterance(seq)).unwrap();
    Write::Message {
        id: id.clone(),
        epoch,
        seq,
        json,
    }
}

async fn write(store: &RedisStore, write: Write) -> WriteOutcome {
    store.write(write).unwrap().await.unwrap()
}

async fn stored_messages(redis: &RedisServer, id: &str) -> Vec<String> {
    let mut connection = redis.connection().await;
    let key = format!("callshadow:session:{id}:messages");
    connection.lrange(key, 0, -1).await.unwrap()
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn a_connection_that_lost_its_claim_can_no_longer_write() {
    let redis = RedisServer::start();
    let (a, b) = (store(&redis, "a"), store(&redis, "b"));
    let id = SessionId::parse("fenced-session").unwrap();
    let first = a.claim(claim(&id)).await.unwrap();
    assert!(first.existing.is_none(), "created by the first claim");
    let second = b.claim(claim(&id)).await.unwrap();
    assert!(second.epoch > first.epoch);

    assert_eq!(
        write(&a, message(&id, first.epoch, 1)).await,
        WriteOutcome::Fenced
    );
    assert_eq!(
        write(&b, message(&id, second.epoch, 1)).await,
        WriteOutcome::Stored
    );

    let stored = stored_messages(&redis, id.as_str()).await;
    assert_eq!(stored.len(), 1);
    assert!(stored[0].contains("\"seq\":1"), "{stored:?}");
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn a_write_sent_twice_is_applied_once_and_order_is_kept() {
    let redis = RedisServer::start();
    let store = store(&redis, "a");
    let id = SessionId::parse("idempotent-01").unwrap();
    let epoch = store.claim(claim(&id)).await.unwrap().epoch;
    for seq in [1, 2, 2, 1, 3] {
        assert_eq!(
            write(&store, message(&id, epoch, seq)).await,
            WriteOutcome::Stored
        );
    }
    let seqs: Vec<String> = stored_messages(&redis, id.as_str())
        .await
        .iter()
        .map(|m| m.split("\"seq\":").nth(1).unwrap()[..1].to_owned())
        .collect();
    assert_eq!(seqs, ["1", "2", "3"]);
    let resumed = store.claim(claim(&id)).await.unwrap().existing.unwrap();
    assert_eq!(resumed.last_seq, 3);
    assert_eq!(resumed.messages.len(), 3);
}

/// A session of user `user-7` as this instance holds it, `last_seq` messages in.
fn stored_session(id: &SessionId, epoch: u64, last_seq: u64) -> StoredSession {
    StoredSession {
        id: id.clone(),
        user_id: Some("user-7".to_owned()),
        created_at: chrono::Utc::now(),
        last_activity: chrono::Utc::now(),
        prompt_version: "v1".to_owned(),
        last_seq,
        epoch,
        ownership: Ownership::default(),
        metadata: serde_json::Map::new(),
        messages: Vec::new(),
        answers: Vec::new(),
        earlier: Default::default(),
    }
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn a_session_redis_lost_is_reported_then_written_back_whole() {
    let mut redis = RedisServer::start();
    let store = store(&redis, "a");
    let mut events = store.events();
    let id = SessionId::parse("restored-session").unwrap();
    let epoch = store.claim(claim(&id)).await.unwrap().epoch;
    assert_eq!(
        write(&store, message(&id, epoch, 1)).await,
        WriteOutcome::Stored
    );

    redis.restart();
    assert_eq!(
        write(&store, message(&id, epoch, 2)).await,
        WriteOutcome::Missing
    );
    let missing = async {
        loop {
            if let Ok(StoreEvent::Missing { id: lost }) = events.recv().await {
                return lost;
            }
        }
    };
    let lost = tokio::time::timeout(Duration::from_secs(5), missing).await;
    assert_eq!(lost.ok(), Some(id.clone()), "the loss is reported");

    let session = stored_session(&id, epoch, 2);
    assert_eq!(
        write(&store, Write::Restore(Box::new(session))).await,
        WriteOutcome::Stored
    );
    let info = store.info(&id).await.unwrap().expect("written back");
    assert_eq!(
        (info.message_count, info.user_id.as_deref()),
        (2, Some("user-7"))
    );
    assert_eq!(
        write(&store, message(&id, epoch, 3)).await,
        WriteOutcome::Stored
    );
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn an_empty_list_and_a_page_past_the_last_session_are_empty_pages() {
    let redis = RedisServer::start();
    let store = store(&redis, "a");
    let (page, total) = store.list(10, 0).await.expect("an empty store lists");
    assert_eq!((page.len(), total), (0, 0));

    let id = SessionId::parse("listed-session").unwrap();
    let epoch = store.claim(claim(&id)).await.unwrap().epoch;
    write(&store, message(&id, epoch, 1)).await;
    let (page, total) = store.list(10, 0).await.unwrap();
    assert_eq!((page.len(), total), (1, 1));
    let (page, total) = store
        .list(10, 4_294_967_294)
        .await
        .expect("a far page lists");
    assert_eq!((page.len(), total), (0, 1));
}
