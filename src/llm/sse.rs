//! Reading a streamed answer (server-sent events) with a first-token deadline, an
//! idle limit and a size cap; a break after the first token is a cut, never a
//! short answer. Once the answer is complete (a `finish_reason`), the stream is
//! still read up to `[DONE]` or its end, for at most [`DRAIN_TIMEOUT`] (a usage
//! chunk may come in between), then the end of the body in the background: a
//! response read to its end leaves its connection to the pool, while one dropped
//! before costs the next call a new TCP (and TLS) handshake.

use std::time::Duration;

use futures_util::{Stream, StreamExt};
use tokio::time::{Instant, timeout_at};

use super::backend::{AttemptTimeouts, Completion, Usage};
use super::error::LlmError;
use super::events::EventDecoder;
use super::wire::{self, Chunk};

/// Longest wait for the rest of a stream (a usage chunk, `[DONE]`, the end of the
/// body) after its `finish_reason`; past it the response is dropped, answer kept.
pub const DRAIN_TIMEOUT: Duration = Duration::from_millis(250);

/// Reads every chunk of `response` into the assistant's text (and the usage a
/// chunk reports, if one does), refusing a stream of more than `limit` bytes.
/// Once the answer is read, the rest of the body (normally nothing but its end)
/// is read in the background, within [`DRAIN_TIMEOUT`] and [`DRAIN_MAX_BYTES`],
/// so the connection goes back to the pool without delaying the answer.
///
/// # Errors
/// As [`collect_chunks`].
pub async fn collect(
    response: reqwest::Response,
    first_token_by: Instant,
    timeouts: AttemptTimeouts,
    limit: usize,
) -> Result<Completion, LlmError> {
    let mut chunks = Box::pin(
        response
            .bytes_stream()
            .map(|chunk| chunk.map_err(LlmError::from_transport)),
    );
    let answer = collect_chunks(&mut chunks, first_token_by, timeouts, limit).await;
    if answer.is_ok() {
        tokio::spawn(finish_body(chunks));
    }
    answer
}

/// Most bytes read after an answer to reach the end of its body.
pub const DRAIN_MAX_BYTES: usize = 64 * 1024;

/// Reads `chunks` to their end, within [`DRAIN_TIMEOUT`] and [`DRAIN_MAX_BYTES`].
async fn finish_body<S, B>(mut chunks: S)
where
    S: Stream<Item = Result<B, LlmError>> + Unpin,
    B: AsRef<[u8]>,
{
    let until = Instant::now() + DRAIN_TIMEOUT;
    let mut read = 0usize;
    while let Ok(Some(Ok(chunk))) = timeout_at(until, chunks.next()).await {
        read = read.saturating_add(chunk.as_ref().len());
        if read > DRAIN_MAX_BYTES {
            return;
        }
    }
}

/// Reads the events of a stream of `chunks` into the assistant's text.
///
/// Before the first token, failures are ordinary (and retryable) errors; after
/// it, any failure is [`LlmError::StreamCut`]. After the first token, an event
/// must come within `timeouts.total` of the previous one; how long the whole
/// stream lasts is bounded by the caller (the call's deadline).
///
/// # Errors
/// [`LlmError::AnswerTooLarge`] past `limit` bytes (whether the text started or
/// not), [`LlmError::Timeout`] without a first token by `first_token_by`, a
/// chunk's error before the first token, [`LlmError::StreamCut`] after it, or the
/// error an event carries.
pub async fn collect_chunks<S, B>(
    chunks: S,
    first_token_by: Instant,
    timeouts: AttemptTimeouts,
    limit: usize,
) -> Result<Completion, LlmError>
where
    S: Stream<Item = Result<B, LlmError>>,
    B: AsRef<[u8]>,
{
    let mut chunks = std::pin::pin!(chunks);
    let mut answer = Answer::new(limit);
    let mut until = first_token_by;
    loop {
        let chunk = match timeout_at(until, chunks.next()).await {
            Err(_) => return Err(answer.cut(LlmError::Timeout("first token"))),
            Ok(None) => return answer.finish(),
            Ok(Some(Err(error))) => return Err(answer.cut(error)),
            Ok(Some(Ok(chunk))) => chunk,
        };
        match answer.feed(chunk.as_ref())? {
            Progress::Finished => return rest_of_answer(chunks, answer).await,
            Progress::Done => return answer.finish(),
            Progress::Events if answer.started => until = Instant::now() + timeouts.total,
            Progress::Events | Progress::Nothing => {}
        }
    }
}

/// Reads what follows an answer's `finish_reason` (a usage chunk, `[DONE]`) up to
/// `[DONE]` or the end of the stream, within [`DRAIN_TIMEOUT`] and the size cap;
/// the answer stands whatever the rest brings (a break, garbage, silence).
async fn rest_of_answer<S, B>(
    mut chunks: std::pin::Pin<&mut S>,
    mut answer: Answer,
) -> Result<Completion, LlmError>
where
    S: Stream<Item = Result<B, LlmError>>,
    B: AsRef<[u8]>,
{
    let until = Instant::now() + DRAIN_TIMEOUT;
    while let Ok(Some(Ok(chunk))) = timeout_at(until, chunks.next()).await {
        if !matches!(
            answer.feed(chunk.as_ref()),
            Ok(Progress::Events | Progress::Nothing)
        ) {
            break;
        }
    }
    answer.finish()
}

/// What a chunk brought.
enum Progress {
    /// No whole event.
    Nothing,
    /// At least one event.
    Events,
    /// The answer's `finish_reason`: its text is complete, the stream is not.
    Finished,
    /// The end of the stream (`[DONE]`).
    Done,
}

/// A streamed answer being read.
struct Answer {
    decoder: EventDecoder,
    text: String,
    usage: Option<Usage>,
    started: bool,
    /// Past the `finish_reason`: events only bring the usage, if anything.
    draining: bool,
    received: usize,
    limit: usize,
}

impl Answer {
    fn new(limit: usize) -> Self {
        Self {
            decoder: EventDecoder::new(),
            text: String::new(),
            usage: None,
            started: false,
            draining: false,
            received: 0,
            limit,
        }
    }

    /// Takes in a chunk's events, after counting its bytes against the cap.
    fn feed(&mut self, chunk: &[u8]) -> Result<Progress, LlmError> {
        self.received = self.received.saturating_add(chunk.len());
        if self.received > self.limit {
            return Err(LlmError::AnswerTooLarge { limit: self.limit });
        }
        let events = self.decoder.feed(chunk);
        let mut finished = false;
        for data in &events {
            match self.take(data)? {
                Some(Progress::Done) => return Ok(Progress::Done),
                Some(_) => {
                    finished = true;
                    self.draining = true;
                }
                None => {}
            }
        }
        Ok(if finished {
            Progress::Finished
        } else if events.is_empty() {
            Progress::Nothing
        } else {
            Progress::Events
        })
    }

    /// Takes in one event's data: `Some(Done)` for `[DONE]`, `Some(Finished)` for
    /// the `finish_reason`, `None` otherwise.
    fn take(&mut self, data: &str) -> Result<Option<Progress>, LlmError> {
        let data = data.trim();
        if data == "[DONE]" {
            return Ok(Some(Progress::Done));
        }
        if data.is_empty() {
            return Ok(None);
        }
        let value = serde_json::from_str(data).map_err(|e| {
            self.cut(LlmError::InvalidResponse(format!(
                "stream chunk is not JSON: {e}"
            )))
        })?;
        if let Some(usage) = wire::usage(&value) {
            self.usage = Some(usage);
        }
        if self.draining {
            return Ok(None);
        }
        match wire::chunk(&value).map_err(|e| self.cut(e))? {
            Chunk::Text(piece) if !piece.is_empty() => {
                self.started = true;
                self.text.push_str(&piece);
            }
            Chunk::Text(_) => {}
            Chunk::Finished(_) => return Ok(Some(Progress::Finished)),
        }
        Ok(None)
    }

    /// `error` before the first token; a cut after it.
    fn cut(&self, error: LlmError) -> LlmError {
        if self.started {
            LlmError::StreamCut
        } else {
            error
        }
    }

    /// The text and usage, unless the stream carried no text.
    fn finish(self) -> Result<Completion, LlmError> {
        if self.text.is_empty() {
            return Err(LlmError::InvalidResponse(
                "the stream carried no text".to_owned(),
            ));
        }
        Ok(Completion {
            text: self.text,
            usage: self.usage,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use futures_util::stream;
    use proptest::prelude::*;
    use serde_json::json;

    use super::*;

    const LIMIT: usize = 64 * 1024;

    fn timeouts() -> AttemptTimeouts {
        AttemptTimeouts {
            total: Duration::from_secs(5),
            first_token: Duration::from_secs(2),
        }
    }

    fn event(content: &str) -> String {
        format!(
            "data: {}\n\n",
            json!({"choices":[{"delta":{"content":content}}]})
        )
    }

    /// Reads `chunks` with the test limits.
    async fn read(
        chunks: Vec<Result<Vec<u8>, LlmError>>,
        limit: usize,
    ) -> Result<String, LlmError> {
        let by = Instant::now() + Duration::from_secs(2);
        collect_chunks(stream::iter(chunks), by, timeouts(), limit)
            .await
            .map(|answer| answer.text)
    }

    #[tokio::test(start_paused = true)]
    async fn chunks_are_joined_until_done_or_the_end() {
        let body = format!(
            "{}{}data: [DONE]\n\n{}",
            event("Hel"),
            event("lo"),
            event("!")
        );
        assert_eq!(
            read(vec![Ok(body.into_bytes())], LIMIT).await.unwrap(),
            "Hello"
        );
        let no_done = format!("{}{}", event("a"), event("b"));
        assert_eq!(
            read(vec![Ok(no_done.into_bytes())], LIMIT).await.unwrap(),
            "ab"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn the_usage_a_chunk_reports_is_kept_with_the_text() {
        let usage = json!({"choices": [], "usage": {"prompt_tokens": 5, "completion_tokens": 2}});
        let body = format!("{}data: {usage}\n\ndata: [DONE]\n\n", event("hi"));
        let by = Instant::now() + Duration::from_secs(2);
        let chunks = stream::iter(vec![Ok::<_, LlmError>(body.into_bytes())]);
        let answer = collect_chunks(chunks, by, timeouts(), LIMIT).await.unwrap();
        assert_eq!(answer.text, "hi");
        assert_eq!(answer.usage.map(|u| u.prompt_tokens), Some(5));
    }

    fn finish() -> String {
        format!(
            "data: {}\n\n",
            json!({"choices":[{"delta":{},"finish_reason":"stop"}]})
        )
    }

    #[tokio::test(start_paused = true)]
    async fn after_the_finish_reason_the_stream_is_read_to_done_and_its_usage_kept() {
        let usage = json!({"choices": [], "usage": {"prompt_tokens": 7, "completion_tokens": 1}});
        let chunks = vec![
            Ok::<_, LlmError>(format!("{}{}", event("hi"), finish()).into_bytes()),
            Ok(format!("data: {usage}\n\n").into_bytes()),
            Ok(event("ignored after the finish").into_bytes()),
            Ok(b"data: [DONE]\n\n".to_vec()),
        ];
        let read = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counted = std::sync::Arc::clone(&read);
        let chunks = stream::iter(chunks).inspect(move |_| {
            counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        });
        let by = Instant::now() + Duration::from_secs(2);
        let answer = collect_chunks(chunks, by, timeouts(), LIMIT).await.unwrap();
        assert_eq!(answer.text, "hi");
        assert_eq!(answer.usage.map(|u| u.prompt_tokens), Some(7));
        assert_eq!(
            read.load(std::sync::atomic::Ordering::SeqCst),
            4,
            "read up to [DONE]"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn what_follows_the_finish_reason_never_spoils_the_answer_nor_holds_it_long() {
        let broken = vec![
            Ok(format!("{}{}", event("ok"), finish()).into_bytes()),
            Err(LlmError::Connection("reset".to_owned())),
        ];
        assert_eq!(read(broken, LIMIT).await.unwrap(), "ok");
        let garbage = vec![
            Ok(format!("{}{}", event("ok"), finish()).into_bytes()),
            Ok(b"data: {{{\n\n".to_vec()),
        ];
        assert_eq!(read(garbage, LIMIT).await.unwrap(), "ok");
        let silent = stream::iter(vec![Ok::<_, LlmError>(
            format!("{}{}", event("ok"), finish()).into_bytes(),
        )])
        .chain(stream::pending());
        let started = Instant::now();
        let by = started + Duration::from_secs(2);
        let answer = collect_chunks(silent, by, timeouts(), LIMIT).await.unwrap();
        assert_eq!(answer.text, "ok");
        assert_eq!(
            started.elapsed(),
            DRAIN_TIMEOUT,
            "a silent upstream holds it that long only"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_stream_over_the_cap_is_refused_whether_or_not_its_text_started() {
        let text = event(&"x".repeat(100));
        let endless = stream::repeat_with(|| Ok::<_, LlmError>(text.clone().into_bytes()));
        let by = Instant::now() + Duration::from_secs(2);
        let result = collect_chunks(endless, by, timeouts(), LIMIT).await;
        assert_eq!(result, Err(LlmError::AnswerTooLarge { limit: LIMIT }));
        let one_line = stream::repeat_with(|| Ok::<_, LlmError>(b"data: xxxxxxxx".to_vec()));
        let result = collect_chunks(one_line, by, timeouts(), LIMIT).await;
        assert_eq!(result, Err(LlmError::AnswerTooLarge { limit: LIMIT }));
    }

    #[tokio::test(start_paused = true)]
    async fn a_break_is_a_cut_after_the_first_token_and_itself_before() {
        let broken = LlmError::Connection("reset".to_owned());
        let before = read(vec![Ok(b": hi\n\n".to_vec()), Err(broken.clone())], LIMIT).await;
        assert_eq!(before, Err(broken.clone()));
        let after = read(vec![Ok(event("a").into_bytes()), Err(broken)], LIMIT).await;
        assert_eq!(after, Err(LlmError::StreamCut));
        let garbage = read(vec![Ok(b"data: {{{\n\n".to_vec())], LIMIT).await;
        assert!(matches!(garbage, Err(LlmError::InvalidResponse(_))));
    }

    #[tokio::test(start_paused = true)]
    async fn a_silent_stream_times_out_before_its_first_token_and_is_cut_after_it() {
        let silent =
            stream::iter(vec![Ok::<_, LlmError>(b": ping\n\n".to_vec())]).chain(stream::pending());
        let by = Instant::now() + Duration::from_secs(2);
        let result = collect_chunks(silent, by, timeouts(), LIMIT).await;
        assert_eq!(result, Err(LlmError::Timeout("first token")));
        let started =
            stream::iter(vec![Ok::<_, LlmError>(event("a").into_bytes())]).chain(stream::pending());
        let result = collect_chunks(started, by, timeouts(), LIMIT).await;
        assert_eq!(result, Err(LlmError::StreamCut));
    }

    fn run(chunks: Vec<Result<Vec<u8>, LlmError>>, limit: usize) -> Result<String, LlmError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .start_paused(true)
            .build()
            .unwrap();
        runtime.block_on(read(chunks, limit))
    }

    fn sse_bytes() -> impl Strategy<Value = Vec<u8>> {
        let piece = prop_oneof![
            Just(b"data: ".to_vec()),
            Just(b"\n".to_vec()),
            Just(b"\r\n".to_vec()),
            Just(b"[DONE]".to_vec()),
            Just(br#"{"choices":[{"delta":{"content":"q"}}]}"#.to_vec()),
            Just(br#"{"error":{"code":500}}"#.to_vec()),
            Just(b"x".repeat(3000)),
            proptest::collection::vec(any::<u8>(), 0..16),
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn any_stream_gives_a_bounded_text_or_a_typed_error(
            bytes in sse_bytes(),
            cuts in proptest::collection::vec(any::<usize>(), 0..6),
            limit in 1usize..20_000,
        ) {
            let mut points: Vec<usize> = cuts.iter().map(|c| c % (bytes.len() + 1)).collect();
            points.sort_unstable();
            points.push(bytes.len());
            let mut chunks = Vec::new();
            let mut from = 0;
            for point in points {
                chunks.push(Ok(bytes[from..point].to_vec()));
                from = point;
            }
            match run(chunks, limit) {
                Ok(text) => prop_assert!(!text.is_empty() && text.len() <= limit),
                Err(LlmError::AnswerTooLarge { limit: l }) => prop_assert!(bytes.len() > l),
                Err(error) => prop_assert!(!error.kind().is_empty()),
            }
        }

        #[test]
        fn streamed_text_survives_any_split(
            pieces in proptest::collection::vec("[a-z {}\"\\\\]{1,12}", 1..20),
            cut in any::<usize>(),
        ) {
            let body: String = pieces.iter().map(|p| event(p)).collect::<String>() + "data: [DONE]\n\n";
            let point = cut % (body.len() + 1);
            let chunks = vec![Ok(body.as_bytes()[..point].to_vec()), Ok(body.as_bytes()[point..].to_vec())];
            prop_assert_eq!(run(chunks, LIMIT).unwrap(), pieces.concat());
        }
    }
}
