//! The Redis session store (REDIS_URL): sessions shared by every instance,
//! surviving restarts, with ownership, take-over and deletion broadcast on a
//! pub/sub channel.
//!
//! The `redis` crate's `ConnectionManager` carries everything on one
//! multiplexed connection: commands, and (RESP3) the channel's messages, with
//! reconnection and re-subscription after Redis comes back. Writes go through
//! the ordered queue of [`writer`]; claims, deletions and reads are direct calls
//! with a timeout.

mod events;
mod record;
mod scripts;
mod writer;

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::{IntoConnectionInfo, ProtocolVersion, RedisError, Value};
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::{Notify, broadcast, mpsc, oneshot};
use tokio_util::sync::CancellationToken;

use self::record::{Keys, millis};
use self::writer::{MAX_WAITING, Queued, Writer};
use super::{
    Claim, Claimed, SessionStore, StoreError, StoreEvent, StoreHealth, Write, WriteOutcome,
};
use crate::config::StoreSettings;
use crate::domain::SessionId;
use crate::session::metrics::redis_failed;
use crate::session::state::{Ownership, SessionInfo};

/// How long a claim, a deletion or a read may take.
const CALL_TIMEOUT: Duration = Duration::from_secs(2);

/// Whether Redis answers, as last seen.
#[derive(Debug, Default)]
pub(super) struct Health {
    down: AtomicBool,
}

impl Health {
    /// Redis answered; `true` if it was down until now.
    pub(super) fn up(&self) -> bool {
        let was_down = self.down.swap(false, Ordering::AcqRel);
        if was_down {
            tracing::info!("Redis answers again");
        }
        was_down
    }

    /// Redis failed; `true` if it was up until now (log it once).
    pub(super) fn down(&self) -> bool {
        !self.down.swap(true, Ordering::AcqRel)
    }

    fn is_down(&self) -> bool {
        self.down.load(Ordering::Acquire)
    }
}

/// Sessions in Redis.
pub struct RedisStore {
    connection: ConnectionManager,
    keys: Keys,
    instance: String,
    ttl: Duration,
    lease: Duration,
    queue: mpsc::UnboundedSender<Queued>,
    health: Arc<Health>,
    waiting: Arc<AtomicUsize>,
    drained: Arc<Notify>,
    given_up: Arc<AtomicU64>,
    events: broadcast::Sender<StoreEvent>,
}

impl std::fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisStore")
            .field("instance", &self.instance)
            .field("down", &self.health.is_down())
            .field("waiting", &self.waiting.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl RedisStore {
    /// A store on `url` for `instance`, keeping `max_messages` per session; an
    /// attached session's lease on `connected` lasts `lease` (renewed by
    /// keep-alives). Connects lazily: a Redis that is down at start-up is
    /// retried, and the server starts anyway. Background work stops at `shutdown`.
    ///
    /// # Errors
    /// [`StoreError::Unavailable`] when the URL cannot be used.
    pub fn open(
        url: &SecretString,
        settings: &StoreSettings,
        instance: &str,
        max_messages: usize,
        lease: Duration,
        shutdown: &CancellationToken,
    ) -> Result<Arc<Self>, StoreError> {
        let (pushes, pushed) = mpsc::unbounded_channel();
        let connection = connection(url, pushes)?;
        let keys = Keys::new(&settings.key_prefix);
        let (queue, queued) = mpsc::unbounded_channel();
        let events = broadcast::channel(1024).0;
        let store = Arc::new(Self {
            connection: connection.clone(),
            keys: keys.clone(),
            instance: instance.to_owned(),
            ttl: settings.session_ttl,
            lease,
            queue,
            health: Arc::default(),
            waiting: Arc::default(),
            drained: Arc::default(),
            given_up: Arc::default(),
            events: events.clone(),
        });
        let writer = Writer {
            connection,
            keys,
            instance: instance.to_owned(),
            ttl_ms: duration_ms(settings.session_ttl),
            max_messages,
            health: Arc::clone(&store.health),
            waiting: Arc::clone(&store.waiting),
            drained: Arc::clone(&store.drained),
            given_up: Arc::clone(&store.given_up),
            events,
        };
        tokio::spawn(writer.run(queued));
        tokio::spawn(events::follow(Arc::clone(&store), pushed, shutdown.clone()));
        tokio::spawn(events::watch_health(Arc::clone(&store), shutdown.clone()));
        Ok(store)
    }

    async fn call<T: redis::FromRedisValue>(
        &self,
        invocation: impl std::future::Future<Output = Result<T, RedisError>>,
    ) -> Result<T, StoreError> {
        match tokio::time::timeout(CALL_TIMEOUT, invocation).await {
            Ok(Ok(value)) => {
                if self.health.up() {
                    let _ = self.events.send(StoreEvent::Reconnected);
                }
                Ok(value)
            }
            Ok(Err(error)) if error.is_io_error() || error.is_connection_dropped() => {
                self.health.down();
                redis_failed("command");
                Err(StoreError::Unavailable(error.to_string()))
            }
            Ok(Err(error)) => {
                redis_failed("command");
                Err(StoreError::Corrupt(error.to_string()))
            }
            Err(_) => {
                self.health.down();
                redis_failed("command");
                Err(StoreError::Unavailable("no answer in time".to_owned()))
            }
        }
    }

    /// A call of `script` with the keys of session `id`.
    fn invocation<'a>(
        &self,
        script: &'a redis::Script,
        id: &SessionId,
    ) -> redis::ScriptInvocation<'a> {
        let mut invocation = script.prepare_invoke();
        for key in self.keys.script_keys(id.as_str()) {
            invocation.key(key);
        }
        invocation
    }

    fn ttl_ms(&self) -> i64 {
        duration_ms(self.ttl)
    }
}

/// A connection manager on `url`, speaking RESP3 so that the channel's messages
/// arrive on the same connection (to `pushes`), re-subscribed after a reconnect.
fn connection(
    url: &SecretString,
    pushes: mpsc::UnboundedSender<redis::PushInfo>,
) -> Result<ConnectionManager, StoreError> {
    let invalid = |e: RedisError| StoreError::Unavailable(format!("REDIS_URL: {:?}", e.kind()));
    let info = url
        .expose_secret()
        .into_connection_info()
        .map_err(invalid)?;
    let resp3 = info
        .redis_settings()
        .clone()
        .set_protocol(ProtocolVersion::RESP3);
    let client = redis::Client::open(info.set_redis_settings(resp3)).map_err(invalid)?;
    let config = ConnectionManagerConfig::new()
        .set_push_sender(pushes)
        .set_automatic_resubscription()
        .set_connection_timeout(Some(Duration::from_secs(1)))
        .set_response_timeout(Some(CALL_TIMEOUT))
        .set_number_of_retries(1)
        .set_min_delay(Duration::from_millis(10))
        .set_max_delay(Duration::from_millis(200));
    ConnectionManager::new_lazy_with_config(client, config).map_err(invalid)
}

fn duration_ms(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

fn now_ms() -> i64 {
    millis(chrono::Utc::now())
}

#[async_trait]
impl SessionStore for RedisStore {
    fn name(&self) -> &'static str {
        "redis"
    }

    fn is_shared(&self) -> bool {
        true
    }

    fn health(&self) -> StoreHealth {
        if self.health.is_down() {
            StoreHealth::Down
        } else {
            StoreHealth::Up
        }
    }

    fn writes_waiting(&self) -> usize {
        self.waiting.load(Ordering::Acquire)
    }

    fn writes_given_up(&self) -> u64 {
        self.given_up.load(Ordering::Relaxed)
    }

    async fn claim(&self, claim: Claim) -> Result<Claimed, StoreError> {
        let now = now_ms();
        let metadata = serde_json::Value::Object(claim.metadata).to_string();
        let mut invocation = self.invocation(&scripts::CLAIM, &claim.id);
        invocation
            .arg(claim.id.as_str())
            .arg(&self.instance)
            .arg(now)
            .arg(self.ttl_ms())
            .arg(now + duration_ms(self.lease))
            .arg(claim.user_id.as_deref().unwrap_or(""))
            .arg(&claim.prompt_version)
            .arg(metadata)
            .arg(self.keys.channel())
            .arg(claim.ownership.owner.as_deref().unwrap_or(""))
            .arg(claim.ownership.resume_hash.as_deref().unwrap_or(""));
        let mut connection = self.connection.clone();
        let reply: Vec<Value> = self.call(invocation.invoke_async(&mut connection)).await?;
        events::claimed(claim.id, &reply)
    }

    fn write(&self, write: Write) -> Option<oneshot::Receiver<WriteOutcome>> {
        let (done, outcome) = oneshot::channel();
        if self.waiting.load(Ordering::Acquire) >= MAX_WAITING {
            self.given_up.fetch_add(1, Ordering::Relaxed);
            tracing::error!(session.id = %write.session(), waiting = MAX_WAITING, "too many Redis writes waiting; this one is given up");
            let _ = done.send(WriteOutcome::GivenUp);
            return Some(outcome);
        }
        self.waiting.fetch_add(1, Ordering::AcqRel);
        let queued = Queued {
            write,
            done: Some(done),
        };
        if self.queue.send(queued).is_err() {
            self.waiting.fetch_sub(1, Ordering::AcqRel);
        }
        Some(outcome)
    }

    async fn keep_alive(&self, attached: Vec<(SessionId, u64)>) {
        events::keep_alive(self, attached).await;
    }

    async fn delete(&self, id: &SessionId) -> Result<bool, StoreError> {
        let mut invocation = self.invocation(&scripts::DELETE, id);
        invocation
            .arg(id.as_str())
            .arg(self.ttl_ms())
            .arg(self.keys.channel())
            .arg(&self.instance);
        let mut connection = self.connection.clone();
        let existed: i64 = self.call(invocation.invoke_async(&mut connection)).await?;
        Ok(existed == 1)
    }

    async fn list(
        &self,
        limit: usize,
        offset: usize,
    ) -> Result<(Vec<SessionInfo>, usize), StoreError> {
        let created = self.keys.created();
        let (start, stop) = (offset, offset.saturating_add(limit).saturating_sub(1));
        let mut connection = self.connection.clone();
        let (total, ids): (usize, Vec<String>) = self
            .call(
                redis::pipe()
                    .zcard(&created)
                    .zrange(&created, to_isize(start), to_isize(stop))
                    .query_async(&mut connection),
            )
            .await?;
        if ids.is_empty() {
            // An empty pipeline is an error to Redis: no session, or a page
            // past the last one, is simply an empty page.
            return Ok((Vec::new(), total));
        }
        let mut pipe = redis::pipe();
        for id in &ids {
            pipe.hgetall(self.keys.session(id).meta);
        }
        let records: Vec<HashMap<String, String>> =
            self.call(pipe.query_async(&mut connection)).await?;
        let now = now_ms();
        let sessions = ids
            .into_iter()
            .zip(records)
            .filter(|(_, fields)| !fields.is_empty())
            .filter_map(|(id, fields)| {
                Some(record::info(SessionId::parse(&id).ok()?, &fields, now))
            })
            .collect();
        Ok((sessions, total))
    }

    async fn ownership(&self, id: &SessionId) -> Result<Option<Ownership>, StoreError> {
        let mut connection = self.connection.clone();
        let meta = self.keys.session(id.as_str()).meta;
        let (exists, owner, resume_hash): (bool, Option<String>, Option<String>) = self
            .call(
                redis::pipe()
                    .exists(&meta)
                    .hget(&meta, "owner")
                    .hget(&meta, "resume_hash")
                    .query_async(&mut connection),
            )
            .await?;
        Ok(exists.then_some(Ownership { owner, resume_hash }))
    }

    async fn info(&self, id: &SessionId) -> Result<Option<SessionInfo>, StoreError> {
        let mut connection = self.connection.clone();
        let meta = self.keys.session(id.as_str()).meta;
        let fields: HashMap<String, String> = self
            .call(redis::cmd("HGETALL").arg(meta).query_async(&mut connection))
            .await?;
        Ok((!fields.is_empty()).then(|| record::info(id.clone(), &fields, now_ms())))
    }

    fn events(&self) -> broadcast::Receiver<StoreEvent> {
        self.events.subscribe()
    }

    async fn sweep(&self) -> usize {
        events::sweep(self).await
    }

    async fn flush(&self, within: Duration) -> bool {
        let drained = async {
            loop {
                let notified = self.drained.notified();
                if self.waiting.load(Ordering::Acquire) == 0 {
                    return;
                }
                notified.await;
            }
        };
        tokio::time::timeout(within, drained).await.is_ok()
    }
}

fn to_isize(n: usize) -> isize {
    isize::try_from(n).unwrap_or(isize::MAX)
}
