//! What arrives from Redis besides replies, and the store's background upkeep:
//! the channel's messages (take-overs and deletions by other instances), the
//! health probe with its subscription, keep-alives and the index sweep.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use redis::{PushInfo, PushKind, Value};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use super::record::{self, millis};
use super::{RedisStore, duration_ms, now_ms, scripts};
use crate::domain::SessionId;
use crate::session::store::{Claimed, StoreError, StoreEvent};

/// Time between two health probes.
const PROBE_EVERY: Duration = Duration::from_secs(1);
/// Index entries looked at per sweep.
const SWEEP_BATCH: isize = 1000;

/// Turns the channel's messages into [`StoreEvent`]s until `shutdown`.
pub(super) async fn follow(
    store: Arc<RedisStore>,
    mut pushes: mpsc::UnboundedReceiver<PushInfo>,
    shutdown: CancellationToken,
) {
    let channel = store.keys.channel();
    loop {
        let push = tokio::select! {
            () = shutdown.cancelled() => return,
            push = pushes.recv() => push,
        };
        let Some(push) = push else { return };
        match push.kind {
            PushKind::Message => {
                if let Some(event) = event(&channel, &push.data) {
                    let _ = store.events.send(event);
                }
            }
            PushKind::Disconnection if store.health.down() => {
                tracing::error!("the connection to Redis dropped");
            }
            _ => {}
        }
    }
}

/// An event from a message `[channel, payload]` of our channel.
fn event(channel: &str, data: &[Value]) -> Option<StoreEvent> {
    let [from, payload] = data else { return None };
    if text(from)? != channel {
        return None;
    }
    let payload = text(payload)?;
    let mut parts = payload.splitn(4, '|');
    match (parts.next()?, parts.next()?) {
        ("takeover", id) => {
            let epoch = parts.next()?.parse().ok()?;
            let instance = parts.next()?.to_owned();
            let id = SessionId::parse(id).ok()?;
            Some(StoreEvent::TakenOver {
                id,
                epoch,
                instance,
            })
        }
        ("delete", id) => {
            let rest: Vec<&str> = parts.collect();
            let instance = rest.join("|");
            let id = SessionId::parse(id).ok()?;
            Some(StoreEvent::Deleted { id, instance })
        }
        _ => None,
    }
}

fn text(value: &Value) -> Option<String> {
    match value {
        Value::BulkString(bytes) => String::from_utf8(bytes.clone()).ok(),
        Value::SimpleString(text) => Some(text.clone()),
        _ => None,
    }
}

/// Probes Redis every second (so `/ready` is right without traffic) and keeps
/// the channel subscribed: the first subscription is retried until it holds,
/// later ones are renewed by the connection manager after a reconnect.
pub(super) async fn watch_health(store: Arc<RedisStore>, shutdown: CancellationToken) {
    let mut subscribed = false;
    let mut ticker = tokio::time::interval(PROBE_EVERY);
    loop {
        tokio::select! {
            () = shutdown.cancelled() => return,
            _ = ticker.tick() => {}
        }
        let mut connection = store.connection.clone();
        if !subscribed {
            subscribed = store
                .call(connection.subscribe(store.keys.channel()))
                .await
                .is_ok();
            if subscribed {
                let _ = super::writer::load_scripts(&mut connection).await;
                tracing::info!(instance = %store.instance, "connected to Redis; following session events");
            }
            continue;
        }
        let _: Result<String, _> = store
            .call(redis::cmd("PING").query_async(&mut connection))
            .await;
    }
}

/// A claim's reply: `{epoch}` for a new session, `{epoch, fields, messages,
/// answers}` for an existing one.
pub(super) fn claimed(id: SessionId, reply: &[Value]) -> Result<Claimed, StoreError> {
    let corrupt = || StoreError::Corrupt(format!("unexpected claim reply for {id}"));
    let epoch = match reply.first() {
        Some(Value::Int(epoch)) => u64::try_from(*epoch).map_err(|_| corrupt())?,
        _ => return Err(corrupt()),
    };
    let [_, fields, messages, answers] = reply else {
        return Ok(Claimed {
            epoch,
            existing: None,
        });
    };
    let fields: Vec<String> = redis::from_redis_value_ref(fields).map_err(|_| corrupt())?;
    let fields: HashMap<String, String> = fields
        .chunks_exact(2)
        .map(|pair| (pair[0].clone(), pair[1].clone()))
        .collect();
    let messages: Vec<String> = redis::from_redis_value_ref(messages).map_err(|_| corrupt())?;
    let answers: Vec<String> = redis::from_redis_value_ref(answers).map_err(|_| corrupt())?;
    let mut session = record::session(id, &fields, &messages, &answers)?;
    session.epoch = epoch;
    Ok(Claimed {
        epoch,
        existing: Some(session),
    })
}

/// Renews the lease of the sessions attached here; one the store lost (or lost
/// writes to) is reported so the manager writes it back.
pub(super) async fn keep_alive(store: &RedisStore, attached: Vec<(SessionId, u64)>) {
    if attached.is_empty() {
        return;
    }
    let now = now_ms();
    let owner_until = now + duration_ms(store.lease);
    let mut pipe = redis::pipe();
    pipe.ignore_errors();
    for (id, epoch) in &attached {
        let keys = store.keys.script_keys(id.as_str());
        pipe.cmd("EVALSHA")
            .arg(scripts::KEEP_ALIVE.get_hash())
            .arg(keys.len())
            .arg(&keys[..])
            .arg(id.as_str())
            .arg(epoch)
            .arg(owner_until)
            .arg(store.ttl_ms())
            .arg(now);
    }
    let mut connection = store.connection.clone();
    let Ok(replies) = store
        .call::<Vec<redis::RedisResult<String>>>(pipe.query_async(&mut connection))
        .await
    else {
        return;
    };
    for ((id, _), reply) in attached.into_iter().zip(replies) {
        match reply.as_deref() {
            Ok("ok") => {}
            Ok(_) => {
                let _ = store.events.send(StoreEvent::Missing { id });
            }
            Err(_) => {
                let _ = super::writer::load_scripts(&mut connection).await;
            }
        }
    }
}

/// Removes from the index the sessions whose keys expired; how many.
pub(super) async fn sweep(store: &RedisStore) -> usize {
    let mut connection = store.connection.clone();
    let expires = store.keys.expires();
    let now = millis(chrono::Utc::now());
    let Ok(ids) = store
        .call::<Vec<String>>(
            redis::cmd("ZRANGEBYSCORE")
                .arg(&expires)
                .arg("-inf")
                .arg(now)
                .arg("LIMIT")
                .arg(0)
                .arg(SWEEP_BATCH)
                .query_async(&mut connection),
        )
        .await
    else {
        return 0;
    };
    let mut pipe = redis::pipe();
    for id in &ids {
        pipe.exists(store.keys.session(id).meta);
    }
    let Ok(exists) = store
        .call::<Vec<bool>>(pipe.query_async(&mut connection))
        .await
    else {
        return 0;
    };
    let gone: Vec<&String> = ids
        .iter()
        .zip(exists)
        .filter_map(|(id, exists)| (!exists).then_some(id))
        .collect();
    if gone.is_empty() {
        return 0;
    }
    let mut pipe = redis::pipe();
    pipe.zrem(store.keys.created(), &gone).zrem(&expires, &gone);
    match store.call::<()>(pipe.query_async(&mut connection)).await {
        Ok(()) => gone.len(),
        Err(_) => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bulk(text: &str) -> Value {
        Value::BulkString(text.as_bytes().to_vec())
    }

    #[test]
    fn channel_messages_become_events_and_others_are_ignored() {
        let takeover = [bulk("p:events"), bulk("takeover|session-01|7|host-b:8000")];
        assert_eq!(
            event("p:events", &takeover),
            Some(StoreEvent::TakenOver {
                id: SessionId::parse("session-01").unwrap(),
                epoch: 7,
                instance: "host-b:8000".to_owned()
            })
        );
        let delete = [bulk("p:events"), bulk("delete|session-01|a|b")];
        assert!(
            matches!(event("p:events", &delete), Some(StoreEvent::Deleted { instance, .. }) if instance == "a|b")
        );
        assert_eq!(event("other:events", &takeover), None);
        assert_eq!(
            event("p:events", &[bulk("p:events"), bulk("takeover|bad id|x|y")]),
            None
        );
    }
}
