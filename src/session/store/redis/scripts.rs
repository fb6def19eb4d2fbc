//! The Lua scripts that change a session in Redis, each atomic and idempotent:
//! a write that timed out but landed can be sent again without being applied
//! twice (a message or answer is appended only past the stored `seq`), and a
//! write from a connection that lost its session (an older epoch) is refused.
//!
//! Keys of a session, in this order: `KEYS[1]` the hash, `KEYS[2]` messages,
//! `KEYS[3]` answers, `KEYS[4]` the tombstone, `KEYS[5]` the creation index,
//! `KEYS[6]` the expiry index.

use std::sync::LazyLock;

use redis::Script;

/// Refreshes the TTL of a session's keys and its place in the expiry index.
/// Shared by every script; `ttl` and `now` in milliseconds, `id` the session.
const REFRESH: &str = r"
local function refresh(ttl, now, id)
  redis.call('PEXPIRE', KEYS[1], ttl)
  redis.call('PEXPIRE', KEYS[2], ttl)
  redis.call('PEXPIRE', KEYS[3], ttl)
  redis.call('ZADD', KEYS[6], now + ttl, id)
end
";

/// Claims a session for a connection: creates it if absent (or deleted),
/// increments its epoch, marks it connected on this instance, tells the other
/// instances. ARGV: id, instance, now, ttl, owner_until, user_id ('' for none),
/// prompt_version, metadata, channel, owner ('' for none), resume_hash ('' for none). Returns `{epoch}` for a new session, or
/// `{epoch, fields, messages, answers}` for one that existed.
pub(super) static CLAIM: LazyLock<Script> = LazyLock::new(|| {
    Script::new(&format!(
        "{REFRESH}{}",
        r"
local id, instance, now, ttl = ARGV[1], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local existed = redis.call('EXISTS', KEYS[1]) == 1
if not existed then
  redis.call('DEL', KEYS[2], KEYS[3], KEYS[4])
  redis.call('HSET', KEYS[1], 'created_at', now, 'last_activity', now,
    'prompt_version', ARGV[7], 'last_seq', 0, 'answers_seq', 0, 'epoch', 0,
    'metadata', ARGV[8])
  if ARGV[6] ~= '' then redis.call('HSET', KEYS[1], 'user_id', ARGV[6]) end
  if ARGV[10] ~= '' then redis.call('HSET', KEYS[1], 'owner', ARGV[10]) end
  if ARGV[11] ~= '' then redis.call('HSET', KEYS[1], 'resume_hash', ARGV[11]) end
  redis.call('ZADD', KEYS[5], now, id)
end
local epoch = redis.call('HINCRBY', KEYS[1], 'epoch', 1)
redis.call('HSET', KEYS[1], 'instance', instance, 'connected', 1,
  'owner_until', ARGV[5], 'last_activity', now)
refresh(ttl, now, id)
redis.call('PUBLISH', ARGV[9], 'takeover|' .. id .. '|' .. epoch .. '|' .. instance)
if not existed then return {epoch} end
return {epoch, redis.call('HGETALL', KEYS[1]), redis.call('LRANGE', KEYS[2], 0, -1),
  redis.call('LRANGE', KEYS[3], 0, -1)}
"
    ))
});

/// Appends a message (`kind` 'm') or an answer ('a') past the stored `seq`,
/// keeping the newest `max`. The hot path, so it does the least: no TTL refresh
/// (a session only writes while attached, and the keep-alives of attached
/// sessions and the release at detach refresh it). ARGV: id, epoch, seq, entry,
/// kind, max, now. Returns 'ok', 'deleted', 'missing' or 'fenced'.
pub(super) static APPEND: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
if redis.call('EXISTS', KEYS[4]) == 1 then return 'deleted' end
local state = redis.call('HMGET', KEYS[1], 'epoch', 'last_seq', 'answers_seq')
if not state[1] then return 'missing' end
if tonumber(state[1]) ~= tonumber(ARGV[2]) then return 'fenced' end
local seq = tonumber(ARGV[3])
local list, field, last = KEYS[2], 'last_seq', tonumber(state[2])
if ARGV[5] == 'a' then list, field, last = KEYS[3], 'answers_seq', tonumber(state[3]) end
if seq > last then
  redis.call('RPUSH', list, ARGV[4])
  redis.call('LTRIM', list, -tonumber(ARGV[6]), -1)
  redis.call('HSET', KEYS[1], field, seq, 'last_activity', ARGV[7])
end
return 'ok'
",
    )
});

/// Sets what a session remembers of the messages that left its window (its
/// summary), unless the stored one covers as much already. ARGV: id, epoch,
/// through_seq, earlier (JSON). Returns 'ok', 'deleted', 'missing' or 'fenced'.
pub(super) static EARLIER: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
if redis.call('EXISTS', KEYS[4]) == 1 then return 'deleted' end
local state = redis.call('HMGET', KEYS[1], 'epoch', 'earlier_seq')
if not state[1] then return 'missing' end
if tonumber(state[1]) ~= tonumber(ARGV[2]) then return 'fenced' end
if tonumber(state[2] or 0) < tonumber(ARGV[3]) then
  redis.call('HSET', KEYS[1], 'earlier', ARGV[4], 'earlier_seq', ARGV[3])
end
return 'ok'
",
    )
});

/// Marks a session no longer connected, keeping its metadata. ARGV: id, epoch,
/// metadata, ttl, now. Returns 'ok', 'missing' or 'fenced'.
pub(super) static RELEASE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(&format!(
        "{REFRESH}{}",
        r"
local epoch = redis.call('HGET', KEYS[1], 'epoch')
if not epoch then return 'missing' end
if tonumber(epoch) ~= tonumber(ARGV[2]) then return 'fenced' end
local now = tonumber(ARGV[5])
redis.call('HSET', KEYS[1], 'connected', 0, 'metadata', ARGV[3], 'last_activity', now)
refresh(tonumber(ARGV[4]), now, ARGV[1])
return 'ok'
"
    ))
});

/// Keeps an attached session alive and marked connected. ARGV: id, epoch,
/// owner_until, ttl, now. Returns 'ok', 'missing' or 'fenced'.
pub(super) static KEEP_ALIVE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(&format!(
        "{REFRESH}{}",
        r"
local epoch = redis.call('HGET', KEYS[1], 'epoch')
if not epoch then return 'missing' end
if tonumber(epoch) ~= tonumber(ARGV[2]) then return 'fenced' end
redis.call('HSET', KEYS[1], 'connected', 1, 'owner_until', ARGV[3])
refresh(tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[1])
return 'ok'
"
    ))
});

/// Writes a whole session back (the store lost it, or lost writes to it):
/// replaces what is stored unless a newer owner holds it or it is already as
/// new. ARGV: id, epoch, last_seq, answers_seq, ttl, now, earlier_seq, field
/// count, the field/value pairs, message count, the messages, then the answers.
/// Returns 'ok', 'deleted' or 'fenced'.
pub(super) static RESTORE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(&format!(
        "{REFRESH}{}",
        r"
if redis.call('EXISTS', KEYS[4]) == 1 then return 'deleted' end
local id, epoch, ttl, now = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[5]), tonumber(ARGV[6])
local state = redis.call('HMGET', KEYS[1], 'epoch', 'last_seq', 'answers_seq', 'earlier_seq')
if state[1] then
  if tonumber(state[1]) > epoch then return 'fenced' end
  if tonumber(state[1]) == epoch and tonumber(state[2]) >= tonumber(ARGV[3])
    and tonumber(state[3]) >= tonumber(ARGV[4])
    and tonumber(state[4] or 0) >= tonumber(ARGV[7]) then return 'ok' end
end
redis.call('DEL', KEYS[2], KEYS[3])
local i = 9
for _ = 1, tonumber(ARGV[8]) do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
  i = i + 2
end
local messages = tonumber(ARGV[i])
i = i + 1
for _ = 1, messages do
  redis.call('RPUSH', KEYS[2], ARGV[i])
  i = i + 1
end
while i <= #ARGV do
  redis.call('RPUSH', KEYS[3], ARGV[i])
  i = i + 1
end
redis.call('ZADD', KEYS[5], 'NX', tonumber(redis.call('HGET', KEYS[1], 'created_at')), id)
refresh(ttl, now, id)
return 'ok'
"
    ))
});

/// Deletes a session, leaves a tombstone (so a late write from another
/// instance cannot bring it back), tells the other instances. ARGV: id,
/// tombstone TTL, channel, instance. Returns 1 if it existed, else 0.
pub(super) static DELETE: LazyLock<Script> = LazyLock::new(|| {
    Script::new(
        r"
local existed = redis.call('EXISTS', KEYS[1])
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
redis.call('SET', KEYS[4], 1, 'PX', ARGV[2])
redis.call('ZREM', KEYS[5], ARGV[1])
redis.call('ZREM', KEYS[6], ARGV[1])
redis.call('PUBLISH', ARGV[3], 'delete|' .. ARGV[1] .. '|' .. ARGV[4])
return existed
",
    )
});

/// Every script, to load them again after Redis lost them (a restart).
pub(super) fn all() -> [&'static Script; 7] {
    [
        &CLAIM,
        &APPEND,
        &EARLIER,
        &RELEASE,
        &KEEP_ALIVE,
        &RESTORE,
        &DELETE,
    ]
}
