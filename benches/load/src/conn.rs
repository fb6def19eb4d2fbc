//! Client connections: connecting from a chosen source address, the messages
//! sent, reading and classifying the frames received, and opening many
//! connections at once.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use anyhow::{Context, anyhow, bail};
use futures_util::{SinkExt, StreamExt};
use serde::Deserialize;
use serde_json::json;
use tokio::net::{TcpSocket, TcpStream};
use tokio::sync::Semaphore;
use tokio::time::{Instant, timeout};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::http::Uri;
use tokio_tungstenite::tungstenite::protocol::{CloseFrame, WebSocketConfig};

/// A client WebSocket.
pub type Ws = WebSocketStream<TcpStream>;

/// Utterances sent in turn, of a typical length.
const TEXTS: [&str; 4] = [
    "Honestly this is a bit too expensive for us compared to what we pay today.",
    "We are also talking to another vendor, so I need to think about it.",
    "I like the reporting part, can you tell me more about the integrations?",
    "I would need to check with my manager before we sign anything this quarter.",
];

/// Lines sent instead of [`TEXTS`] (`--texts-from`), and how many messages were
/// made of them.
static LINES: RwLock<Option<Arc<[String]>>> = RwLock::new(None);
static MADE: AtomicU64 = AtomicU64::new(0);

/// From now on, message texts are made of the `text` fields of these JSONL
/// files (none: the four fixed [`TEXTS`]): each message two lines joined, a pair
/// no earlier message of the process had, so the server reads new text as in a
/// real call (the analyzer's automata are built lazily, and repeated text hides
/// that cost).
///
/// # Errors
/// A file that cannot be read, or holds no line with a `text`.
pub fn use_texts_from(paths: &[PathBuf]) -> anyhow::Result<()> {
    #[derive(Deserialize)]
    struct Line {
        text: String,
    }
    let mut lines = Vec::new();
    for path in paths {
        let content =
            std::fs::read_to_string(path).with_context(|| format!("{}", path.display()))?;
        lines.extend(
            content
                .lines()
                .filter_map(|l| serde_json::from_str::<Line>(l).ok())
                .map(|l| l.text),
        );
    }
    if !paths.is_empty() && lines.is_empty() {
        bail!("no line with a \"text\" in --texts-from");
    }
    let lines = (!lines.is_empty()).then(|| Arc::from(lines));
    *LINES
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = lines;
    Ok(())
}

/// The text of message `i`: a fixed text, or a new pair of `--texts-from` lines.
fn text_of(i: u64) -> Cow<'static, str> {
    let lines = LINES
        .read()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone();
    let Some(lines) = lines else {
        return Cow::Borrowed(TEXTS[usize::try_from(i).unwrap_or(0) % TEXTS.len()]);
    };
    let (a, b) = pair(MADE.fetch_add(1, Ordering::Relaxed), lines.len());
    Cow::Owned(format!("{} {}", lines[a], lines[b]))
}

/// The lines the `k`-th message joins, of `n`: `a` and `(a + q + 1) mod n`, with
/// `k = q·n + a`, so no pair comes back before `n²` messages.
fn pair(k: u64, n: usize) -> (usize, usize) {
    let n = n.max(1) as u64;
    let (q, a) = (k / n, k % n);
    let b = (a + q % n + 1) % n;
    let index = |x: u64| usize::try_from(x).unwrap_or(0);
    (index(a), index(b))
}

/// Where to connect: the URL and its resolved socket address.
#[derive(Debug, Clone)]
pub struct Target {
    /// `ws://host:port/ws/conversation`.
    pub url: String,
    /// The resolved address of its host.
    pub address: SocketAddr,
}

impl Target {
    /// Resolves `url`.
    ///
    /// # Errors
    /// When the URL has no host or it cannot be resolved.
    pub async fn resolve(url: &str) -> anyhow::Result<Self> {
        let uri: Uri = url.parse().with_context(|| format!("bad URL {url}"))?;
        let host = uri.host().ok_or_else(|| anyhow!("no host in {url}"))?;
        let port = uri.port_u16().unwrap_or(80);
        let address = tokio::net::lookup_host((host, port))
            .await?
            .next()
            .ok_or_else(|| anyhow!("cannot resolve {host}"))?;
        Ok(Self {
            url: url.to_owned(),
            address,
        })
    }

    /// The `i`-th of `count` loopback source addresses (127.0.0.1, .2, ...),
    /// or `None` (any) when `count` is 0 or the target is not loopback IPv4.
    #[must_use]
    pub fn source(&self, i: usize, count: usize) -> Option<IpAddr> {
        if count == 0 || !self.address.ip().is_loopback() || !self.address.is_ipv4() {
            return None;
        }
        let host = u8::try_from(1 + i % count.min(254)).ok()?;
        Some(IpAddr::V4(Ipv4Addr::new(127, 0, 0, host)))
    }
}

/// Small client buffers: tens of thousands of connections share one process.
fn config() -> WebSocketConfig {
    WebSocketConfig::default()
        .read_buffer_size(4 * 1024)
        .write_buffer_size(0)
}

/// Connects from `source` (any address when `None`) and completes the handshake.
///
/// # Errors
/// When the TCP connection or the WebSocket handshake fails.
pub async fn connect(target: &Target, source: Option<IpAddr>) -> anyhow::Result<Ws> {
    let socket = match target.address {
        SocketAddr::V4(_) => TcpSocket::new_v4()?,
        SocketAddr::V6(_) => TcpSocket::new_v6()?,
    };
    if let Some(ip) = source {
        socket.bind(SocketAddr::new(ip, 0)).context("bind")?;
    }
    let stream = socket.connect(target.address).await.context("connect")?;
    stream.set_nodelay(true)?;
    let (ws, _) =
        tokio_tungstenite::client_async_with_config(target.url.as_str(), stream, Some(config()))
            .await
            .context("handshake")?;
    Ok(ws)
}

/// The fields of a server frame the harness looks at.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Frame {
    /// `type`; `None` for the relay's answers.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// An error frame's code.
    pub error_code: Option<String>,
    /// The message answered.
    pub reply_to: Option<u64>,
    /// An ack's message.
    pub seq: Option<u64>,
    /// The message whose answer covers an acked one.
    pub covered_by: Option<u64>,
    /// `session_init`: the messages the session remembers.
    pub history_length: Option<u64>,
}

impl Frame {
    /// A label to count frames by: the type, with the code for errors.
    #[must_use]
    pub fn label(&self) -> String {
        match (self.kind.as_deref(), &self.error_code) {
            (Some("error"), Some(code)) => format!("error:{code}"),
            (Some(kind), _) => kind.to_owned(),
            (None, _) => "untyped".to_owned(),
        }
    }

    /// Whether this frame answers a message (neither an ack, a closing nor a greeting).
    #[must_use]
    pub fn is_answer(&self) -> bool {
        !matches!(
            self.kind.as_deref(),
            Some("ack" | "closing" | "session_init")
        )
    }
}

/// Counts of frames by label.
pub type FrameCounts = BTreeMap<String, u64>;

/// Adds one to `counts[key]`.
pub fn count(counts: &mut FrameCounts, key: impl Into<String>) {
    *counts.entry(key.into()).or_default() += 1;
}

/// Merges `other` into `counts`.
pub fn merge_counts(counts: &mut FrameCounts, other: &FrameCounts) {
    for (key, n) in other {
        *counts.entry(key.clone()).or_default() += n;
    }
}

/// The `i`-th message of a conversation, with `message_id` = `i`.
#[must_use]
pub fn utterance(i: u64) -> Message {
    let text = text_of(i);
    let speaker = if i.is_multiple_of(2) {
        "agent"
    } else {
        "client"
    };
    let body = json!({
        "text": text,
        "speaker": speaker,
        "sentiment": "neutral",
        "emotion": "calm",
        "message_id": i,
    });
    Message::text(body.to_string())
}

/// Sends message `i`.
///
/// # Errors
/// When the connection is gone.
pub async fn send(ws: &mut Ws, i: u64) -> anyhow::Result<()> {
    ws.send(utterance(i)).await.context("send")
}

/// The next JSON frame, skipping pings and pongs.
///
/// # Errors
/// On a timeout, a close, a read error or a frame that is not JSON.
pub async fn recv_frame(ws: &mut Ws, wait: Duration) -> anyhow::Result<Frame> {
    let deadline = Instant::now() + wait;
    loop {
        let message = tokio::time::timeout_at(deadline, ws.next())
            .await
            .map_err(|_| anyhow!("timeout"))?;
        match message {
            Some(Ok(Message::Text(text))) => {
                return serde_json::from_str(text.as_str()).context("frame is not JSON");
            }
            Some(Ok(Message::Ping(_) | Message::Pong(_) | Message::Frame(_))) => {}
            Some(Ok(Message::Binary(_))) => bail!("binary frame"),
            Some(Ok(Message::Close(frame))) => bail!("{}", closed(frame.as_ref())),
            None => bail!("closed"),
            Some(Err(error)) => return Err(error).context("read"),
        }
    }
}

/// Sends message `i` and waits for its answer, counting every frame received
/// by label; the round-trip time.
///
/// # Errors
/// When the connection fails or no answer comes within `wait` of a frame.
pub async fn exchange(
    ws: &mut Ws,
    i: u64,
    wait: Duration,
    frames: &mut FrameCounts,
) -> anyhow::Result<Duration> {
    let sent = Instant::now();
    send(ws, i).await?;
    loop {
        let frame = recv_frame(ws, wait).await?;
        count(frames, frame.label());
        if frame.is_answer() {
            return Ok(sent.elapsed());
        }
    }
}

/// A failure kind naming the close code: `closed_1008`, or `closed`.
#[must_use]
pub fn closed(frame: Option<&CloseFrame>) -> String {
    frame.map_or_else(
        || "closed".to_owned(),
        |f| format!("closed_{}", u16::from(f.code)),
    )
}

/// Connects and waits for the `session_init` frame.
///
/// # Errors
/// When connecting fails, or no `session_init` comes within `wait`.
pub async fn open(target: &Target, source: Option<IpAddr>, wait: Duration) -> anyhow::Result<Ws> {
    let mut ws = timeout(wait, connect(target, source))
        .await
        .map_err(|_| anyhow!("timeout"))??;
    let first = recv_frame(&mut ws, wait).await?;
    if first.kind.as_deref() != Some("session_init") {
        bail!("first frame is {}", first.label());
    }
    // Message `i` must be `seq` `i`: the session has to start empty.
    if first.history_length.is_some_and(|n| n > 0) {
        bail!("session not new");
    }
    Ok(ws)
}

/// A short name for a failure, to count failures by.
#[must_use]
pub fn failure_kind(error: &anyhow::Error) -> String {
    let text = format!("{error:#}");
    let kind = text.split(':').next().unwrap_or("error").trim();
    if text.contains("Too many open files") {
        return "too_many_open_files".to_owned();
    }
    kind.replace(' ', "_")
}

/// What opening many connections gave.
#[derive(Debug, Default)]
pub struct Opened {
    /// The connections that got their `session_init`, in no particular order.
    pub connections: Vec<Ws>,
    /// Failures by kind.
    pub failures: FrameCounts,
    /// From the first connect to the last `session_init`.
    pub elapsed: Duration,
}

/// Opens `n` connections, `concurrency` at a time, spread over `sources`
/// loopback source addresses; each must get its `session_init` within `wait`.
pub async fn open_many(
    target: &Target,
    n: usize,
    sources: usize,
    concurrency: usize,
    wait: Duration,
) -> Opened {
    let permits = Arc::new(Semaphore::new(concurrency.max(1)));
    let start = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..n {
        let target = target.clone();
        let permits = Arc::clone(&permits);
        tasks.spawn(async move {
            let _permit = permits.acquire_owned().await;
            let opened = open(&target, target.source(i, sources), wait).await;
            (opened, start.elapsed())
        });
    }
    let mut result = Opened::default();
    while let Some(joined) = tasks.join_next().await {
        match joined {
            Ok((Ok(ws), at)) => {
                result.connections.push(ws);
                result.elapsed = result.elapsed.max(at);
            }
            Ok((Err(error), _)) => count(&mut result.failures, failure_kind(&error)),
            Err(_) => count(&mut result.failures, "task_failed"),
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::pair;

    #[test]
    fn no_pair_of_lines_comes_back_before_every_pair_was_sent() {
        for n in [1, 2, 7, 40] {
            let square = (n * n) as u64;
            let pairs: HashSet<(usize, usize)> = (0..square).map(|k| pair(k, n)).collect();
            assert_eq!(pairs.len() as u64, square, "n = {n}");
            assert!(pairs.iter().all(|&(a, b)| a < n && b < n));
            assert_eq!(pair(square, n), pair(0, n), "then they come back in order");
        }
    }
}
