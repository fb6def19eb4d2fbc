//! The write-through queue: every write to Redis goes through one task, in the
//! order it was made, batched into one pipelined round trip. When Redis does not
//! answer, the batch is kept and sent again with backoff (the scripts are
//! idempotent, so a batch that landed before its answer was lost is harmless);
//! later writes wait behind it, so they are flushed in order when Redis returns.

use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use redis::aio::ConnectionManager;
use redis::{Cmd, RedisError, Script, ServerErrorKind, Value};
use tokio::sync::{Notify, broadcast, mpsc, oneshot};

use super::record::{Keys, answer_entry, fields, millis};
use super::{Health, scripts};
use crate::session::answers::KEPT_ANSWERS;
use crate::session::metrics::redis_failed;
use crate::session::store::{StoreEvent, StoredSession, Write, WriteOutcome};

/// Writes sent in one pipeline at most.
const BATCH: usize = 256;
/// Writes kept while Redis is down; past that, new ones are given up (logged and counted).
pub(super) const MAX_WAITING: usize = 100_000;
/// How long one pipeline may take before it counts as failed.
const ROUND_TRIP_TIMEOUT: Duration = Duration::from_secs(2);
/// How long a batch of answers only waits for a message write to ride along
/// with: an answer is not waited for by anyone, and the next message of the
/// conversation usually follows within a round trip, so both share one.
const ANSWER_LINGER: Duration = Duration::from_millis(2);
/// First and last wait between two tries while Redis is down.
const BACKOFF: (Duration, Duration) = (Duration::from_millis(50), Duration::from_secs(2));

/// A write and who waits for it.
pub(super) struct Queued {
    pub write: Write,
    pub done: Option<oneshot::Sender<WriteOutcome>>,
}

/// What the writer needs to build and send commands.
pub(super) struct Writer {
    pub connection: ConnectionManager,
    pub keys: Keys,
    pub instance: String,
    pub ttl_ms: i64,
    pub max_messages: usize,
    pub health: Arc<Health>,
    pub waiting: Arc<AtomicUsize>,
    pub drained: Arc<Notify>,
    pub given_up: Arc<AtomicU64>,
    pub events: broadcast::Sender<StoreEvent>,
}

impl Writer {
    /// Sends queued writes until the queue closes.
    pub(super) async fn run(mut self, mut queue: mpsc::UnboundedReceiver<Queued>) {
        let mut batch: VecDeque<Queued> = VecDeque::new();
        loop {
            if batch.is_empty() {
                let Some(first) = queue.recv().await else {
                    return;
                };
                batch.push_back(first);
            }
            take_ready(&mut queue, &mut batch);
            let lazy = batch
                .iter()
                .all(|q| matches!(q.write, Write::Answer { .. }));
            if lazy && let Ok(Some(next)) = tokio::time::timeout(ANSWER_LINGER, queue.recv()).await
            {
                batch.push_back(next);
                take_ready(&mut queue, &mut batch);
            }
            self.send_until_done(&mut batch).await;
        }
    }

    /// Sends the batch until Redis takes it, then settles every write.
    async fn send_until_done(&mut self, batch: &mut VecDeque<Queued>) {
        let mut wait = BACKOFF.0;
        loop {
            match self.send(batch).await {
                Ok(results) => {
                    if self.health.up() {
                        let _ = self.events.send(StoreEvent::Reconnected);
                    }
                    for (queued, result) in batch.drain(..).zip(results) {
                        self.settle(queued, &result);
                    }
                    return;
                }
                Err(error) => {
                    redis_failed("write_batch");
                    if self.health.down() {
                        tracing::error!(error = %error, waiting = self.waiting.load(Ordering::Relaxed), "Redis writes failing; kept and retried");
                    }
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(BACKOFF.1);
                }
            }
        }
    }

    /// One pipelined round trip; a script Redis forgot (it restarted) is loaded
    /// again and the batch sent once more.
    async fn send(
        &mut self,
        batch: &VecDeque<Queued>,
    ) -> Result<Vec<Result<String, RedisError>>, RedisError> {
        let now = millis(chrono::Utc::now());
        let mut pipe = redis::pipe();
        pipe.ignore_errors();
        for queued in batch {
            pipe.add_command(self.command(&queued.write, now));
        }
        let round_trip = pipe.query_async::<Vec<redis::RedisResult<Value>>>(&mut self.connection);
        let results = tokio::time::timeout(ROUND_TRIP_TIMEOUT, round_trip)
            .await
            .map_err(|_| RedisError::from(std::io::Error::from(std::io::ErrorKind::TimedOut)))??;
        if results.iter().any(|r| matches!(r, Err(e) if e.kind() == redis::ErrorKind::Server(ServerErrorKind::NoScript))) {
            load_scripts(&mut self.connection).await?;
            return Box::pin(self.send(batch)).await;
        }
        Ok(results
            .into_iter()
            .map(|result| result.map(|value| status(&value)))
            .collect())
    }

    /// Hands a write's outcome to whoever waits; a refused write asks the
    /// manager to write the whole session back (it knows whether it still owns it).
    fn settle(&self, queued: Queued, result: &Result<String, RedisError>) {
        let outcome = match result.as_deref() {
            Ok("ok") => WriteOutcome::Stored,
            Ok("fenced") => WriteOutcome::Fenced,
            Ok("deleted") => WriteOutcome::Deleted,
            Ok(_) => WriteOutcome::Missing,
            Err(error) => {
                self.given_up.fetch_add(1, Ordering::Relaxed);
                tracing::error!(session.id = %queued.write.session(), error = %error, "Redis refused a write; given up");
                WriteOutcome::GivenUp
            }
        };
        let id = queued.write.session().clone();
        let restore = matches!(queued.write, Write::Restore(_));
        match outcome {
            WriteOutcome::Missing | WriteOutcome::Fenced if !restore => {
                let _ = self.events.send(StoreEvent::Missing { id });
            }
            WriteOutcome::Deleted => {
                let instance = String::new();
                let _ = self.events.send(StoreEvent::Deleted { id, instance });
            }
            _ => {}
        }
        if let Some(done) = queued.done {
            let _ = done.send(outcome);
        }
        if self.waiting.fetch_sub(1, Ordering::AcqRel) == 1 {
            self.drained.notify_waiters();
        }
    }

    /// The script call that makes `write`.
    fn command(&self, write: &Write, now: i64) -> Cmd {
        let ttl = self.ttl_ms;
        match write {
            Write::Message {
                id,
                epoch,
                seq,
                json,
            } => self.invoke(&scripts::APPEND, id.as_str(), |cmd| {
                cmd.arg(id.as_str()).arg(epoch).arg(seq).arg(json).arg("m");
                cmd.arg(self.max_messages).arg(now);
            }),
            Write::Answer {
                id,
                epoch,
                seq,
                json,
            } => self.invoke(&scripts::APPEND, id.as_str(), |cmd| {
                cmd.arg(id.as_str()).arg(epoch).arg(seq);
                cmd.arg(answer_entry(*seq, json)).arg("a");
                cmd.arg(KEPT_ANSWERS).arg(now);
            }),
            Write::Earlier {
                id,
                epoch,
                through_seq,
                json,
            } => self.invoke(&scripts::EARLIER, id.as_str(), |cmd| {
                cmd.arg(id.as_str()).arg(epoch).arg(through_seq).arg(json);
            }),
            Write::Release {
                id,
                epoch,
                metadata,
            } => {
                let metadata = serde_json::Value::Object(metadata.clone()).to_string();
                self.invoke(&scripts::RELEASE, id.as_str(), |cmd| {
                    cmd.arg(id.as_str())
                        .arg(epoch)
                        .arg(metadata)
                        .arg(ttl)
                        .arg(now);
                })
            }
            Write::Restore(session) => self.restore(session, now),
        }
    }

    /// The call that writes a whole session back.
    fn restore(&self, session: &StoredSession, now: i64) -> Cmd {
        let fields = fields(session, &self.instance);
        let answers_seq = session.answers.last().map_or(0, |(seq, _)| *seq);
        self.invoke(&scripts::RESTORE, session.id.as_str(), |cmd| {
            cmd.arg(session.id.as_str()).arg(session.epoch);
            cmd.arg(session.last_seq)
                .arg(answers_seq)
                .arg(self.ttl_ms)
                .arg(now)
                .arg(session.earlier.through_seq);
            cmd.arg(fields.len());
            for (name, value) in &fields {
                cmd.arg(*name).arg(value);
            }
            cmd.arg(session.messages.len());
            for message in &session.messages {
                cmd.arg(serde_json::to_string(message).unwrap_or_default());
            }
            for (seq, json) in &session.answers {
                cmd.arg(answer_entry(*seq, json));
            }
        })
    }

    /// `EVALSHA` of `script` with the session's keys, then the arguments `args` adds.
    fn invoke(&self, script: &Script, id: &str, args: impl FnOnce(&mut Cmd)) -> Cmd {
        let keys = self.keys.session(id);
        let mut cmd = redis::cmd("EVALSHA");
        cmd.arg(script.get_hash()).arg(6);
        cmd.arg(keys.meta)
            .arg(keys.messages)
            .arg(keys.answers)
            .arg(keys.tombstone);
        cmd.arg(self.keys.created()).arg(self.keys.expires());
        args(&mut cmd);
        cmd
    }
}

/// Adds the writes queued now to the batch, up to [`BATCH`].
fn take_ready(queue: &mut mpsc::UnboundedReceiver<Queued>, batch: &mut VecDeque<Queued>) {
    while batch.len() < BATCH {
        match queue.try_recv() {
            Ok(queued) => batch.push_back(queued),
            Err(_) => break,
        }
    }
}

/// Loads every script into Redis (after a restart forgot them).
pub(super) async fn load_scripts(connection: &mut ConnectionManager) -> Result<(), RedisError> {
    for script in scripts::all() {
        script.prepare_invoke().load_async(connection).await?;
    }
    Ok(())
}

/// A script's status reply as text.
fn status(value: &Value) -> String {
    match value {
        Value::SimpleString(text) => text.clone(),
        Value::BulkString(bytes) => String::from_utf8_lossy(bytes).into_owned(),
        Value::Okay => "ok".to_owned(),
        other => format!("{other:?}"),
    }
}
