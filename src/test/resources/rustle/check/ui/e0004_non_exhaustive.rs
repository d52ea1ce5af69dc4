//@ check-fail
// Non-exhaustive matches, each with the values rustc names as not covered.
enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter,
}

fn value(c: Coin, o: Option<i32>, b: bool, t: (bool, bool), x: u8, r: Result<Option<i32>, String>) -> u32 {
    let mut n = 0;
    match c { //~ ERROR non-exhaustive patterns: `Coin::Dime` and `Coin::Quarter` not covered
        Coin::Penny => n += 1,
        Coin::Nickel => n += 5,
    }
    match o { //~ ERROR non-exhaustive patterns: `Some(i32::MIN..=2_i32)` and `Some(4_i32..=i32::MAX)` not covered
        Some(3) => n += 1,
        None => {}
    }
    match b { //~ ERROR non-exhaustive patterns: `false` not covered
        true => n += 1,
    }
    match t { //~ ERROR non-exhaustive patterns: `(false, false)` not covered
        (true, _) => n += 1,
        (_, true) => n += 2,
    }
    match x { //~ ERROR non-exhaustive patterns: `101_u8..=u8::MAX` not covered
        0..=100 => n += 1,
    }
    match r { //~ ERROR non-exhaustive patterns: `Ok(None)` not covered
        Ok(Some(_)) => n += 1,
        Err(_) => {}
    }
    match &o { //~ ERROR non-exhaustive patterns: `&Some(_)` not covered
        Some(v) if *v > 0 => n += 1,
        None => {}
    }
    n
}

fn main() {
    println!("{}", value(Coin::Penny, None, true, (true, true), 3, Ok(None)));
}
