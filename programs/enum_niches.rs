// Where rustc keeps an enum's variant: in a tag, or in a niche, the values a field can never hold
// (a bool above 1, a char above 0x10FFFF, a null reference, a String capacity above isize::MAX).
// rustle lays enums out as rustc 1.95 does, so the sizes and the checks below print the same.
#![allow(dead_code)]
use std::mem::{align_of, size_of};

enum Token { Num(u32), Word(String), End }
enum Msg { Quit, Move { x: i32, y: i32 }, Write(String), Color(u8, u8, u8) }
enum Pair { Short(u8, u32), Long(u16) }
enum Big { A = 1000, B }
enum Dir { North, East, South, West }

fn same_place<T, U>(a: &T, b: &U) -> bool {
    format!("{:p}", a) == format!("{:p}", b)
}

fn describe(t: &Token) -> String {
    match t {
        Token::Num(n) => format!("Num({})", n),
        Token::Word(w) => format!("Word({})", w),
        Token::End => String::from("End"),
    }
}

fn main() {
    println!("String {}, Option<String> {}", size_of::<String>(), size_of::<Option<String>>());
    println!("Option<Option<String>> {}", size_of::<Option<Option<String>>>());
    println!("Result<u32, String> {}", size_of::<Result<u32, String>>());
    println!("Result<String, String> {}", size_of::<Result<String, String>>());
    println!("Result<(), String> {}", size_of::<Result<(), String>>());
    println!("Option<Vec<u64>> {}", size_of::<Option<Vec<u64>>>());
    println!("Token {}, Option<Token> {}", size_of::<Token>(), size_of::<Option<Token>>());
    println!("Msg {}, Option<Msg> {}", size_of::<Msg>(), size_of::<Option<Msg>>());
    println!("Pair {} (align {})", size_of::<Pair>(), align_of::<Pair>());
    println!("Option<bool> {}, Option<Option<bool>> {}", size_of::<Option<bool>>(), size_of::<Option<Option<bool>>>());
    println!("Option<char> {}, Option<u32> {}", size_of::<Option<char>>(), size_of::<Option<u32>>());
    println!("Option<Box<i32>> {}, Option<&str> {}", size_of::<Option<Box<i32>>>(), size_of::<Option<&str>>());
    println!("Option<Dir> {}, Big {}, Option<Big> {}", size_of::<Option<Dir>>(), size_of::<Big>(), size_of::<Option<Big>>());
    println!("Result<u8, u8> {}, Option<(u8, bool)> {}", size_of::<Result<u8, u8>>(), size_of::<Option<(u8, bool)>>());

    // Every variant of a niche-encoded enum reads back as itself.
    let tokens = vec![Token::Num(7), Token::Word(String::from("hi")), Token::End, Token::Num(0)];
    for t in &tokens {
        println!("{}", describe(t));
    }
    let nested: Vec<Option<Option<String>>> = vec![None, Some(None), Some(Some(String::from("x")))];
    for n in &nested {
        match n {
            None => println!("None"),
            Some(None) => println!("Some(None)"),
            Some(Some(s)) => println!("Some(Some({}))", s),
        }
    }
    let results: Vec<Result<u32, String>> = vec![Ok(7), Err(String::from("bad")), Ok(0)];
    for r in &results {
        match r {
            Ok(n) => println!("Ok({})", n),
            Err(e) => println!("Err({})", e),
        }
    }
    let msgs = vec![Msg::Quit, Msg::Move { x: 1, y: -2 }, Msg::Write(String::from("w")), Msg::Color(1, 2, 3)];
    for m in &msgs {
        match m {
            Msg::Quit => println!("Quit"),
            Msg::Move { x, y } => println!("Move {} {}", x, y),
            Msg::Write(s) => println!("Write {}", s),
            Msg::Color(r, g, b) => println!("Color {} {} {}", r, g, b),
        }
    }
    let flags = [None, Some(None), Some(Some(false)), Some(Some(true))];
    for f in flags.iter() {
        println!("{:?}", f);
    }

    // Where the payload sits: at the start when the variant owns the niche (the String's capacity is
    // its first word), after the niche or the tag otherwise.
    let some = Some(String::from("s"));
    if let Some(s) = &some {
        println!("Some(String) payload at the start: {}", same_place(&some, s));
    }
    let ok: Result<u32, String> = Ok(7);
    if let Ok(n) = &ok {
        println!("Ok(u32) payload at the start: {}", same_place(&ok, n));
    }
    let err: Result<u32, String> = Err(String::from("e"));
    if let Err(e) = &err {
        println!("Err(String) payload at the start: {}", same_place(&err, e));
    }
    let num = Some(5u32);
    if let Some(n) = &num {
        println!("Some(u32) payload at the start: {}", same_place(&num, n));
    }
}
