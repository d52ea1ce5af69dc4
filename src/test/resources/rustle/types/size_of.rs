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
    println!("u8 {} {}", size_of::<u8>(), align_of::<u8>());
    println!("i8 {} {}", size_of::<i8>(), align_of::<i8>());
    println!("u16 {} {}", size_of::<u16>(), align_of::<u16>());
    println!("i16 {} {}", size_of::<i16>(), align_of::<i16>());
    println!("u32 {} {}", size_of::<u32>(), align_of::<u32>());
    println!("i32 {} {}", size_of::<i32>(), align_of::<i32>());
    println!("u64 {} {}", size_of::<u64>(), align_of::<u64>());
    println!("i64 {} {}", size_of::<i64>(), align_of::<i64>());
    println!("usize {} {}", size_of::<usize>(), align_of::<usize>());
    println!("isize {} {}", size_of::<isize>(), align_of::<isize>());
    println!("f32 {} {}", size_of::<f32>(), align_of::<f32>());
    println!("f64 {} {}", size_of::<f64>(), align_of::<f64>());
    println!("bool {} {}", size_of::<bool>(), align_of::<bool>());
    println!("char {} {}", size_of::<char>(), align_of::<char>());
    println!("() {} {}", size_of::<()>(), align_of::<()>());
    println!("&i32 {} {}", size_of::<&i32>(), align_of::<&i32>());
    println!("&mut u8 {} {}", size_of::<&mut u8>(), align_of::<&mut u8>());
    println!("&str {} {}", size_of::<&str>(), align_of::<&str>());
    println!("&[i32] {} {}", size_of::<&[i32]>(), align_of::<&[i32]>());
    println!("&[u8] {} {}", size_of::<&[u8]>(), align_of::<&[u8]>());
    println!("&&str {} {}", size_of::<&&str>(), align_of::<&&str>());
    println!("&String {} {}", size_of::<&String>(), align_of::<&String>());
    println!("&Vec<i32> {} {}", size_of::<&Vec<i32>>(), align_of::<&Vec<i32>>());
    println!("&mut [u64] {} {}", size_of::<&mut [u64]>(), align_of::<&mut [u64]>());
    println!("String {} {}", size_of::<String>(), align_of::<String>());
    println!("Vec<u8> {} {}", size_of::<Vec<u8>>(), align_of::<Vec<u8>>());
    println!("Vec<String> {} {}", size_of::<Vec<String>>(), align_of::<Vec<String>>());
    println!("Box<i32> {} {}", size_of::<Box<i32>>(), align_of::<Box<i32>>());
    println!("Box<[i32; 10]> {} {}", size_of::<Box<[i32; 10]>>(), align_of::<Box<[i32; 10]>>());
    println!("Box<String> {} {}", size_of::<Box<String>>(), align_of::<Box<String>>());
    println!("Box<u8> {} {}", size_of::<Box<u8>>(), align_of::<Box<u8>>());
    println!("(u8, i32, u8) {} {}", size_of::<(u8, i32, u8)>(), align_of::<(u8, i32, u8)>());
    println!("(i64, bool) {} {}", size_of::<(i64, bool)>(), align_of::<(i64, bool)>());
    println!("(bool, i64) {} {}", size_of::<(bool, i64)>(), align_of::<(bool, i64)>());
    println!("(u8, u8, u8) {} {}", size_of::<(u8, u8, u8)>(), align_of::<(u8, u8, u8)>());
    println!("(u8, u16, u8) {} {}", size_of::<(u8, u16, u8)>(), align_of::<(u8, u16, u8)>());
    println!("(char, u8) {} {}", size_of::<(char, u8)>(), align_of::<(char, u8)>());
    println!("(String, u8) {} {}", size_of::<(String, u8)>(), align_of::<(String, u8)>());
    println!("((u8, u16), u8) {} {}", size_of::<((u8, u16), u8)>(), align_of::<((u8, u16), u8)>());
    println!("(u8, (u8, u32)) {} {}", size_of::<(u8, (u8, u32))>(), align_of::<(u8, (u8, u32))>());
    println!("(f32, f64, f32) {} {}", size_of::<(f32, f64, f32)>(), align_of::<(f32, f64, f32)>());
    println!("(u8,) {} {}", size_of::<(u8,)>(), align_of::<(u8,)>());
    println!("[i32; 5] {} {}", size_of::<[i32; 5]>(), align_of::<[i32; 5]>());
    println!("[u8; 3] {} {}", size_of::<[u8; 3]>(), align_of::<[u8; 3]>());
    println!("[(u8, u16); 4] {} {}", size_of::<[(u8, u16); 4]>(), align_of::<[(u8, u16); 4]>());
    println!("[[u8; 3]; 2] {} {}", size_of::<[[u8; 3]; 2]>(), align_of::<[[u8; 3]; 2]>());
    println!("[bool; 0] {} {}", size_of::<[bool; 0]>(), align_of::<[bool; 0]>());
    println!("[String; 2] {} {}", size_of::<[String; 2]>(), align_of::<[String; 2]>());
    println!("[char; 3] {} {}", size_of::<[char; 3]>(), align_of::<[char; 3]>());
    println!("Option<i32> {} {}", size_of::<Option<i32>>(), align_of::<Option<i32>>());
    println!("Option<Box<i32>> {} {}", size_of::<Option<Box<i32>>>(), align_of::<Option<Box<i32>>>());
    println!("Option<&i32> {} {}", size_of::<Option<&i32>>(), align_of::<Option<&i32>>());
    println!("Option<&str> {} {}", size_of::<Option<&str>>(), align_of::<Option<&str>>());
    println!("Option<String> {} {}", size_of::<Option<String>>(), align_of::<Option<String>>());
    println!("Option<Vec<i32>> {} {}", size_of::<Option<Vec<i32>>>(), align_of::<Option<Vec<i32>>>());
    println!("Option<bool> {} {}", size_of::<Option<bool>>(), align_of::<Option<bool>>());
    println!("Option<char> {} {}", size_of::<Option<char>>(), align_of::<Option<char>>());
    println!("Option<u8> {} {}", size_of::<Option<u8>>(), align_of::<Option<u8>>());
    println!("Option<i64> {} {}", size_of::<Option<i64>>(), align_of::<Option<i64>>());
    println!("Option<f64> {} {}", size_of::<Option<f64>>(), align_of::<Option<f64>>());
    println!("Option<(u8, bool)> {} {}", size_of::<Option<(u8, bool)>>(), align_of::<Option<(u8, bool)>>());
    println!("Option<(i32, bool)> {} {}", size_of::<Option<(i32, bool)>>(), align_of::<Option<(i32, bool)>>());
    println!("Option<(u8, u8)> {} {}", size_of::<Option<(u8, u8)>>(), align_of::<Option<(u8, u8)>>());
    println!("Option<()> {} {}", size_of::<Option<()>>(), align_of::<Option<()>>());
    println!("Option<Point> {} {}", size_of::<Option<Point>>(), align_of::<Option<Point>>());
    println!("Option<Wrapper> {} {}", size_of::<Option<Wrapper>>(), align_of::<Option<Wrapper>>());
    println!("Result<u8, u8> {} {}", size_of::<Result<u8, u8>>(), align_of::<Result<u8, u8>>());
    println!("Result<i64, bool> {} {}", size_of::<Result<i64, bool>>(), align_of::<Result<i64, bool>>());
    println!("Result<String, String> {} {}", size_of::<Result<String, String>>(), align_of::<Result<String, String>>());
    println!("Point {} {}", size_of::<Point>(), align_of::<Point>());
    println!("Mixed {} {}", size_of::<Mixed>(), align_of::<Mixed>());
    println!("Unit {} {}", size_of::<Unit>(), align_of::<Unit>());
    println!("Pair {} {}", size_of::<Pair>(), align_of::<Pair>());
    println!("Wrapper {} {}", size_of::<Wrapper>(), align_of::<Wrapper>());
    println!("Dir {} {}", size_of::<Dir>(), align_of::<Dir>());
    println!("Shape {} {}", size_of::<Shape>(), align_of::<Shape>());
    println!("Big {} {}", size_of::<Big>(), align_of::<Big>());
    println!("Msg {} {}", size_of::<Msg>(), align_of::<Msg>());
    println!("E2 {} {}", size_of::<E2>(), align_of::<E2>());
    println!("Option<Option<&i32>> {} {}", size_of::<Option<Option<&i32>>>(), align_of::<Option<Option<&i32>>>());
    println!("Option<Unit> {} {}", size_of::<Option<Unit>>(), align_of::<Option<Unit>>());
    println!("Option<Pair> {} {}", size_of::<Option<Pair>>(), align_of::<Option<Pair>>());
    println!("Option<Box<String>> {} {}", size_of::<Option<Box<String>>>(), align_of::<Option<Box<String>>>());
    println!("Option<Vec<Option<u8>>> {} {}", size_of::<Option<Vec<Option<u8>>>>(), align_of::<Option<Vec<Option<u8>>>>());
    println!("Option<[u8; 0]> {} {}", size_of::<Option<[u8; 0]>>(), align_of::<Option<[u8; 0]>>());
    println!("Option<(char, u8)> {} {}", size_of::<Option<(char, u8)>>(), align_of::<Option<(char, u8)>>());
    println!("Result<u8, ()> {} {}", size_of::<Result<u8, ()>>(), align_of::<Result<u8, ()>>());
    println!("Result<(), ()> {} {}", size_of::<Result<(), ()>>(), align_of::<Result<(), ()>>());
    println!("[Option<bool>; 3] {} {}", size_of::<[Option<bool>; 3]>(), align_of::<[Option<bool>; 3]>());
    println!("(Option<u8>, bool) {} {}", size_of::<(Option<u8>, bool)>(), align_of::<(Option<u8>, bool)>());
    println!("Box<Option<char>> {} {}", size_of::<Box<Option<char>>>(), align_of::<Box<Option<char>>>());
}
