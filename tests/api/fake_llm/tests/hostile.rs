//! The hostile behaviours: redirects (of chats and of the AI.YOU log-in), and
//! answers that never end, counted byte by byte.

use serde_json::json;

use super::{CASES, EMAIL, PASSWORD, chat_body, chat_url, login};
use crate::fake_llm::{Api, FakeLlm, Reply, Step};
use crate::helpers::eventually;

/// A client that never follows redirects, to see them.
fn no_redirects() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

#[tokio::test]
async fn redirect_answers_its_status_and_location_with_an_empty_body() {
    let fake = FakeLlm::start().await;
    for (api, stream) in CASES {
        fake.push(Step::reply(Reply::Redirect {
            status: 308,
            location: "http://elsewhere.invalid/v1".to_owned(),
        }));
        let mut request = no_redirects()
            .post(chat_url(&fake, api))
            .json(&chat_body(api, stream));
        if api == Api::AiYou {
            request = request.bearer_auth(login(&fake).await);
        }

        let response = request.send().await.unwrap();

        assert_eq!(response.status(), 308, "{api:?}");
        assert_eq!(
            response.headers()["location"],
            "http://elsewhere.invalid/v1"
        );
        assert_eq!(response.text().await.unwrap(), "");
    }
    assert_eq!(fake.completed(), CASES.len());
}

#[tokio::test]
async fn endless_sends_until_the_client_goes_and_counts_every_byte() {
    let fake = FakeLlm::start().await;
    for (index, (api, stream)) in CASES.into_iter().enumerate() {
        for line_breaks in [true, false] {
            fake.push(Step::reply(Reply::Endless { line_breaks }));
            let before = fake.streamed_bytes();
            let mut request = no_redirects()
                .post(chat_url(&fake, api))
                .json(&chat_body(api, stream));
            if api == Api::AiYou {
                request = request.bearer_auth(login(&fake).await);
            }
            let mut response = request.send().await.unwrap();
            let mut read = Vec::new();
            while read.len() < 200_000 {
                read.extend_from_slice(&response.chunk().await.unwrap().unwrap());
            }
            drop(response);

            let text = String::from_utf8_lossy(&read);
            let expected_start = if stream {
                "data: {"
            } else {
                r#"{"object":"chat.completion""#
            };
            assert!(
                text.starts_with(expected_start),
                "{api:?} {stream}: {}",
                &text[..40]
            );
            let events = text.matches("\n\ndata: ").count();
            let case = format!("{api:?} stream={stream} line_breaks={line_breaks}");
            assert_eq!(events > 1, stream && line_breaks, "{case}: {events} events");
            assert!(fake.streamed_bytes() - before >= read.len());
            let dropped = 2 * index + usize::from(!line_breaks) + 1;
            assert!(eventually(|| fake.dropped() == dropped).await, "{api:?}");
        }
    }
}

#[tokio::test]
async fn a_redirected_login_answers_the_redirect_and_records_the_password() {
    let fake = FakeLlm::start().await;
    fake.redirect_login(Some((307, "http://elsewhere.invalid/api/login")));

    let response = no_redirects()
        .post(fake.aiyou_login_url())
        .json(&json!({ "email": EMAIL, "password": PASSWORD }))
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 307);
    assert_eq!(
        response.headers()["location"],
        "http://elsewhere.invalid/api/login"
    );
    assert_eq!(fake.passwords_seen(), vec![PASSWORD.to_owned()]);
    assert_eq!((fake.logins(), fake.login_attempts()), (0, 1));
    fake.redirect_login(None);
    assert_eq!(login(&fake).await, "tok-1", "back to normal");
}
