//! Plays one conversation file on its own connection: sends each line after its
//! (scaled) delay while reading the frames, judges every frame as it arrives,
//! waits for the last answers, and closes.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use tokio::net::TcpStream;
use tokio::time::{Instant, sleep_until};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::{self, Message};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream, connect_async};

use super::checker::{Checker, Violation};
use super::report::Report;
use super::script::{Line, Script};
use super::{Mode, ReplayArgs};

type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// Why a file could not be played to the end.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// The server broke the protocol.
    #[error("{0}")]
    Protocol(Violation),
    /// The connection could not be opened, or ended before the last answer.
    #[error("{0}")]
    Connection(String),
}

/// How one file is played.
#[derive(Debug, Clone)]
pub struct Pace {
    /// Delays are divided by this.
    pub speed: f64,
    /// The longest silence while answers are due.
    pub timeout: Duration,
    /// Quiet time after the last answer, for a trailing `closing` frame.
    pub linger: Duration,
    /// The server's suggestion mode.
    pub mode: Mode,
}

impl Pace {
    /// The pace `args` ask for.
    #[must_use]
    pub fn of(args: &ReplayArgs) -> Self {
        Self {
            speed: args.speed,
            timeout: Duration::from_secs_f64(args.timeout),
            linger: Duration::from_secs_f64(args.linger),
            mode: args.mode,
        }
    }

    fn delay(&self, line: &Line) -> Duration {
        line.delay.div_f64(self.speed)
    }
}

/// Plays `script` on a new connection to `url`, writing to `report`.
///
/// # Errors
/// A [`Failure`]: a protocol violation, or a connection that failed.
pub async fn play(
    script: &Script,
    args: &ReplayArgs,
    report: &mut Report<'_>,
) -> Result<(), Failure> {
    let pace = Pace::of(args);
    let mut socket = connect(&args.url, args.token.as_deref()).await?;
    let mut checker = Checker::new(pace.mode);
    let first_by = Instant::now() + pace.timeout;
    while !checker.started() {
        if let Step::Deadline = step(&mut socket, &mut checker, report, first_by).await? {
            return Err(Failure::Connection("no session_init in time".to_owned()));
        }
    }
    let mut quiet_since = Instant::now();
    let mut lines = script.lines.iter().peekable();
    let mut next_send = lines.peek().map(|line| Instant::now() + pace.delay(line));
    loop {
        let deadline = match next_send {
            Some(at) => at,
            None if checker.settled() => quiet_since + pace.linger,
            None => quiet_since + pace.timeout,
        };
        match step(&mut socket, &mut checker, report, deadline).await? {
            Step::Text => quiet_since = Instant::now(),
            Step::Control => {}
            Step::Deadline if next_send.is_some() => {
                if let Some(line) = lines.next() {
                    send(&mut socket, &mut checker, report, line).await?;
                }
                quiet_since = Instant::now();
                next_send = lines.peek().map(|line| quiet_since + pace.delay(line));
            }
            Step::Deadline if checker.settled() => break,
            Step::Deadline => return Err(missing(&checker, pace.timeout)),
        }
    }
    let _ = socket.close(None).await;
    Ok(())
}

/// What ended a wait.
enum Step {
    /// A text frame, judged and reported.
    Text,
    /// A ping or a pong: no news of the conversation.
    Control,
    /// The deadline passed.
    Deadline,
}

async fn step(
    socket: &mut Socket,
    checker: &mut Checker,
    report: &mut Report<'_>,
    deadline: Instant,
) -> Result<Step, Failure> {
    tokio::select! {
        biased;
        frame = socket.next() => handle(frame, checker, report),
        () = sleep_until(deadline) => Ok(Step::Deadline),
    }
}

fn handle(
    frame: Option<Result<Message, tungstenite::Error>>,
    checker: &mut Checker,
    report: &mut Report<'_>,
) -> Result<Step, Failure> {
    match frame {
        Some(Ok(Message::Text(text))) => {
            let (value, event) = checker
                .receive(text.as_str(), std::time::Instant::now())
                .map_err(Failure::Protocol)?;
            report.received(text.as_str(), &value, &event);
            Ok(Step::Text)
        }
        Some(Ok(Message::Binary(bytes))) => Err(Failure::Protocol(Violation {
            reason: format!("a binary frame of {} bytes", bytes.len()),
            frame: None,
        })),
        Some(Ok(Message::Close(close))) => Err(closed(close.as_ref(), checker)),
        Some(Ok(_)) => Ok(Step::Control),
        Some(Err(error)) => Err(Failure::Connection(format!(
            "the connection failed: {error}"
        ))),
        None => Err(closed(None, checker)),
    }
}

async fn send(
    socket: &mut Socket,
    checker: &mut Checker,
    report: &mut Report<'_>,
    line: &Line,
) -> Result<(), Failure> {
    let text = serde_json::Value::Object(line.message.clone()).to_string();
    checker.sent(line, std::time::Instant::now());
    report.sent(line);
    socket
        .send(Message::text(text))
        .await
        .map_err(|e| Failure::Connection(format!("cannot send line {}: {e}", line.number)))
}

fn closed(close: Option<&CloseFrame>, checker: &Checker) -> Failure {
    let how = close.map_or_else(
        || "without a close frame".to_owned(),
        |c| format!("with {} \"{}\"", u16::from(c.code), c.reason),
    );
    let waiting = checker.unanswered_lines();
    Failure::Connection(format!(
        "the server closed the connection {how}; lines still unanswered: {waiting:?}"
    ))
}

fn missing(checker: &Checker, timeout: Duration) -> Failure {
    let lines = checker.unanswered_lines();
    Failure::Protocol(Violation {
        reason: format!(
            "a missing answer: no answer to line(s) {lines:?} within {} s",
            timeout.as_secs_f64()
        ),
        frame: None,
    })
}

async fn connect(url: &str, token: Option<&str>) -> Result<Socket, Failure> {
    let refused =
        |e: &dyn std::fmt::Display| Failure::Connection(format!("cannot connect to {url}: {e}"));
    let mut request = url.into_client_request().map_err(|e| refused(&e))?;
    if let Some(token) = token {
        let value = format!("Bearer {token}")
            .parse()
            .map_err(|_| refused(&"the token is not a valid header value"))?;
        request.headers_mut().insert("authorization", value);
    }
    match connect_async(request).await {
        Ok((socket, _)) => Ok(socket),
        Err(tungstenite::Error::Http(response)) => {
            let body = response.body().as_deref().unwrap_or_default();
            let status = response.status();
            Err(refused(&format!(
                "the upgrade was refused: {status} {}",
                String::from_utf8_lossy(body)
            )))
        }
        Err(error) => Err(refused(&error)),
    }
}
