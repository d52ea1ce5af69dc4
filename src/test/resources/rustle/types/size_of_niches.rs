// Prints size_of and align_of of each type, one per line. The expected output beside this file is what
// rustc 1.95 (x86_64 Linux, --edition 2021) prints for it.
#![allow(dead_code)]
use std::mem::{align_of, size_of};
struct Point { x: i32, y: i32 }
struct Mixed { a: u8, b: i64, c: u16 }
struct Unit;
struct Pair(u8, u32);
struct Wrapper(String);
enum Dir { North, East, South, West }
enum Shape { Circle(f64), Rect(u32, u32), Empty }
enum Big { A = 1000, B }
enum Msg { Quit, Write(String) }
enum E2 { A(u8, u32), B(u16) }
enum Single { Only(i32) }
enum Signed { Low = -3, High = 200 }
fn main() {
    println!("Option<[bool; 2]> {} {}", size_of::<Option<[bool; 2]>>(), align_of::<Option<[bool; 2]>>());
    println!("Option<Option<bool>> {} {}", size_of::<Option<Option<bool>>>(), align_of::<Option<Option<bool>>>());
    println!("Option<Dir> {} {}", size_of::<Option<Dir>>(), align_of::<Option<Dir>>());
    println!("Option<Shape> {} {}", size_of::<Option<Shape>>(), align_of::<Option<Shape>>());
    println!("Result<i32, String> {} {}", size_of::<Result<i32, String>>(), align_of::<Result<i32, String>>());
    println!("Result<(), String> {} {}", size_of::<Result<(), String>>(), align_of::<Result<(), String>>());
    println!("Result<bool, ()> {} {}", size_of::<Result<bool, ()>>(), align_of::<Result<bool, ()>>());
    println!("Single {} {}", size_of::<Single>(), align_of::<Single>());
    println!("Signed {} {}", size_of::<Signed>(), align_of::<Signed>());
    println!("Option<Option<i32>> {} {}", size_of::<Option<Option<i32>>>(), align_of::<Option<Option<i32>>>());
    println!("Option<Option<Option<bool>>> {} {}", size_of::<Option<Option<Option<bool>>>>(), align_of::<Option<Option<Option<bool>>>>());
    println!("Option<Msg> {} {}", size_of::<Option<Msg>>(), align_of::<Option<Msg>>());
    println!("Option<E2> {} {}", size_of::<Option<E2>>(), align_of::<Option<E2>>());
    println!("Option<Big> {} {}", size_of::<Option<Big>>(), align_of::<Option<Big>>());
    println!("Option<Result<u8, u8>> {} {}", size_of::<Option<Result<u8, u8>>>(), align_of::<Option<Result<u8, u8>>>());
    println!("Option<Single> {} {}", size_of::<Option<Single>>(), align_of::<Option<Single>>());
    println!("Result<Box<i32>, ()> {} {}", size_of::<Result<Box<i32>, ()>>(), align_of::<Result<Box<i32>, ()>>());
}
