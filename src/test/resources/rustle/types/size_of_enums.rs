// Prints size_of and align_of of enums, Options and Results (and the structs and tuples inside them),
// one per line. The expected output beside this file is what rustc 1.95 (x86_64 Linux, --edition 2021)
// prints for it: tags widened to the first field's alignment, niches in bool, char, references, Box,
// enum tags and String/Vec capacities, multi-variant niche filling.
#![allow(dead_code)]
use std::mem::{align_of, size_of};
enum E1 { A(u32), B(String), C }
enum E2 { A(u8), B(u64), C(bool) }
enum E3 { A, B, C }
enum E4 { A(bool), B, C }
enum E5 { A(char), B(u8) }
enum E6 { A(String), B(Vec<u8>) }
enum E7 { A(Box<u8>), B }
enum E8 { A(u8, u32), B(u16) }
enum E9 { A(u64, u8), B(u8), C }
enum E10 { A(String, u8), B(u32) }
enum E11 { A(u32, String), B(u8), C(u16) }
enum E12 { A(bool, u32), B(u8) }
enum E13 { A(u32, bool), B(u16, u8), C }
enum E14 { A(u64), B }
enum Big { A = 1000, B }
enum One { A = 5 }
enum Signed { Low = -3, High = 200 }
enum Three { A = 1, B, C }
enum Msg { Quit, Move { x: i32, y: i32 }, Write(String), Color(u8, u8, u8) }
enum Shape { Circle(f64), Rect(u32, u32), Empty }
enum Never {}
enum Tree { Leaf(i32), Node(Box<Tree>, Box<Tree>) }
struct S1 { a: u8, b: u32, c: u16 }
struct S2 { a: u8, b: bool, c: u32, d: char }
struct S3 { a: u32, b: bool, c: u8 }
struct S4 { a: u8, b: String, c: bool }
struct S5 { v: Vec<i32>, n: u8 }
struct Unit;
fn main() {
    println!("Option<u8> {} {}", size_of::<Option<u8>>(), align_of::<Option<u8>>());
    println!("Option<u32> {} {}", size_of::<Option<u32>>(), align_of::<Option<u32>>());
    println!("Option<u64> {} {}", size_of::<Option<u64>>(), align_of::<Option<u64>>());
    println!("Option<bool> {} {}", size_of::<Option<bool>>(), align_of::<Option<bool>>());
    println!("Option<Option<bool>> {} {}", size_of::<Option<Option<bool>>>(), align_of::<Option<Option<bool>>>());
    println!("Option<char> {} {}", size_of::<Option<char>>(), align_of::<Option<char>>());
    println!("Option<Option<char>> {} {}", size_of::<Option<Option<char>>>(), align_of::<Option<Option<char>>>());
    println!("Option<String> {} {}", size_of::<Option<String>>(), align_of::<Option<String>>());
    println!("Option<Option<String>> {} {}", size_of::<Option<Option<String>>>(), align_of::<Option<Option<String>>>());
    println!("Option<Option<Option<String>>> {} {}", size_of::<Option<Option<Option<String>>>>(), align_of::<Option<Option<Option<String>>>>());
    println!("Result<u32, String> {} {}", size_of::<Result<u32, String>>(), align_of::<Result<u32, String>>());
    println!("Result<String, u32> {} {}", size_of::<Result<String, u32>>(), align_of::<Result<String, u32>>());
    println!("Result<i32, String> {} {}", size_of::<Result<i32, String>>(), align_of::<Result<i32, String>>());
    println!("Result<String, String> {} {}", size_of::<Result<String, String>>(), align_of::<Result<String, String>>());
    println!("Result<u8, u8> {} {}", size_of::<Result<u8, u8>>(), align_of::<Result<u8, u8>>());
    println!("Result<(), String> {} {}", size_of::<Result<(), String>>(), align_of::<Result<(), String>>());
    println!("Result<String, ()> {} {}", size_of::<Result<String, ()>>(), align_of::<Result<String, ()>>());
    println!("Option<Box<u32>> {} {}", size_of::<Option<Box<u32>>>(), align_of::<Option<Box<u32>>>());
    println!("Option<&u32> {} {}", size_of::<Option<&u32>>(), align_of::<Option<&u32>>());
    println!("Option<&str> {} {}", size_of::<Option<&str>>(), align_of::<Option<&str>>());
    println!("Option<&[u8]> {} {}", size_of::<Option<&[u8]>>(), align_of::<Option<&[u8]>>());
    println!("Option<Vec<u64>> {} {}", size_of::<Option<Vec<u64>>>(), align_of::<Option<Vec<u64>>>());
    println!("Option<(u8, bool)> {} {}", size_of::<Option<(u8, bool)>>(), align_of::<Option<(u8, bool)>>());
    println!("Result<bool, ()> {} {}", size_of::<Result<bool, ()>>(), align_of::<Result<bool, ()>>());
    println!("Option<E3> {} {}", size_of::<Option<E3>>(), align_of::<Option<E3>>());
    println!("Option<Option<E3>> {} {}", size_of::<Option<Option<E3>>>(), align_of::<Option<Option<E3>>>());
    println!("E1 {} {}", size_of::<E1>(), align_of::<E1>());
    println!("E2 {} {}", size_of::<E2>(), align_of::<E2>());
    println!("E3 {} {}", size_of::<E3>(), align_of::<E3>());
    println!("E4 {} {}", size_of::<E4>(), align_of::<E4>());
    println!("E5 {} {}", size_of::<E5>(), align_of::<E5>());
    println!("E6 {} {}", size_of::<E6>(), align_of::<E6>());
    println!("E7 {} {}", size_of::<E7>(), align_of::<E7>());
    println!("E8 {} {}", size_of::<E8>(), align_of::<E8>());
    println!("E9 {} {}", size_of::<E9>(), align_of::<E9>());
    println!("E10 {} {}", size_of::<E10>(), align_of::<E10>());
    println!("E11 {} {}", size_of::<E11>(), align_of::<E11>());
    println!("E12 {} {}", size_of::<E12>(), align_of::<E12>());
    println!("E13 {} {}", size_of::<E13>(), align_of::<E13>());
    println!("E14 {} {}", size_of::<E14>(), align_of::<E14>());
    println!("Option<E1> {} {}", size_of::<Option<E1>>(), align_of::<Option<E1>>());
    println!("Option<E4> {} {}", size_of::<Option<E4>>(), align_of::<Option<E4>>());
    println!("Option<E2> {} {}", size_of::<Option<E2>>(), align_of::<Option<E2>>());
    println!("Option<E8> {} {}", size_of::<Option<E8>>(), align_of::<Option<E8>>());
    println!("Option<E13> {} {}", size_of::<Option<E13>>(), align_of::<Option<E13>>());
    println!("S1 {} {}", size_of::<S1>(), align_of::<S1>());
    println!("S2 {} {}", size_of::<S2>(), align_of::<S2>());
    println!("S3 {} {}", size_of::<S3>(), align_of::<S3>());
    println!("S4 {} {}", size_of::<S4>(), align_of::<S4>());
    println!("S5 {} {}", size_of::<S5>(), align_of::<S5>());
    println!("Option<S3> {} {}", size_of::<Option<S3>>(), align_of::<Option<S3>>());
    println!("Option<S4> {} {}", size_of::<Option<S4>>(), align_of::<Option<S4>>());
    println!("Option<S5> {} {}", size_of::<Option<S5>>(), align_of::<Option<S5>>());
    println!("(u8, u32, u16) {} {}", size_of::<(u8, u32, u16)>(), align_of::<(u8, u32, u16)>());
    println!("Option<(u64, bool)> {} {}", size_of::<Option<(u64, bool)>>(), align_of::<Option<(u64, bool)>>());
    println!("Result<u64, bool> {} {}", size_of::<Result<u64, bool>>(), align_of::<Result<u64, bool>>());
    println!("Option<[bool; 3]> {} {}", size_of::<Option<[bool; 3]>>(), align_of::<Option<[bool; 3]>>());
    println!("Option<Result<u32, String>> {} {}", size_of::<Option<Result<u32, String>>>(), align_of::<Option<Result<u32, String>>>());
    println!("Result<Option<u8>, u16> {} {}", size_of::<Result<Option<u8>, u16>>(), align_of::<Result<Option<u8>, u16>>());
    println!("Option<Option<u8>> {} {}", size_of::<Option<Option<u8>>>(), align_of::<Option<Option<u8>>>());
    println!("Option<Option<Option<bool>>> {} {}", size_of::<Option<Option<Option<bool>>>>(), align_of::<Option<Option<Option<bool>>>>());
    println!("Result<Vec<u8>, String> {} {}", size_of::<Result<Vec<u8>, String>>(), align_of::<Result<Vec<u8>, String>>());
    println!("Option<Box<str>> {} {}", size_of::<Option<Box<str>>>(), align_of::<Option<Box<str>>>());
    println!("Result<(), ()> {} {}", size_of::<Result<(), ()>>(), align_of::<Result<(), ()>>());
    println!("Option<()> {} {}", size_of::<Option<()>>(), align_of::<Option<()>>());
    println!("Result<u16, char> {} {}", size_of::<Result<u16, char>>(), align_of::<Result<u16, char>>());
    println!("Big {} {}", size_of::<Big>(), align_of::<Big>());
    println!("Option<Big> {} {}", size_of::<Option<Big>>(), align_of::<Option<Big>>());
    println!("One {} {}", size_of::<One>(), align_of::<One>());
    println!("Signed {} {}", size_of::<Signed>(), align_of::<Signed>());
    println!("Option<Signed> {} {}", size_of::<Option<Signed>>(), align_of::<Option<Signed>>());
    println!("Three {} {}", size_of::<Three>(), align_of::<Three>());
    println!("Option<Three> {} {}", size_of::<Option<Three>>(), align_of::<Option<Three>>());
    println!("Msg {} {}", size_of::<Msg>(), align_of::<Msg>());
    println!("Option<Msg> {} {}", size_of::<Option<Msg>>(), align_of::<Option<Msg>>());
    println!("Shape {} {}", size_of::<Shape>(), align_of::<Shape>());
    println!("Option<Shape> {} {}", size_of::<Option<Shape>>(), align_of::<Option<Shape>>());
    println!("Tree {} {}", size_of::<Tree>(), align_of::<Tree>());
    println!("Option<Tree> {} {}", size_of::<Option<Tree>>(), align_of::<Option<Tree>>());
    println!("Option<Unit> {} {}", size_of::<Option<Unit>>(), align_of::<Option<Unit>>());
    println!("Result<Unit, Unit> {} {}", size_of::<Result<Unit, Unit>>(), align_of::<Result<Unit, Unit>>());
    println!("Option<Never> {} {}", size_of::<Option<Never>>(), align_of::<Option<Never>>());
    println!("Result<u32, Never> {} {}", size_of::<Result<u32, Never>>(), align_of::<Result<u32, Never>>());
    println!("(u8, bool, u16) {} {}", size_of::<(u8, bool, u16)>(), align_of::<(u8, bool, u16)>());
    println!("(bool, u64) {} {}", size_of::<(bool, u64)>(), align_of::<(bool, u64)>());
    println!("Option<(bool, u64)> {} {}", size_of::<Option<(bool, u64)>>(), align_of::<Option<(bool, u64)>>());
    println!("Option<(u64, bool)> {} {}", size_of::<Option<(u64, bool)>>(), align_of::<Option<(u64, bool)>>());
    println!("Result<(u8, String), u32> {} {}", size_of::<Result<(u8, String), u32>>(), align_of::<Result<(u8, String), u32>>());
    println!("Option<(String, String)> {} {}", size_of::<Option<(String, String)>>(), align_of::<Option<(String, String)>>());
    println!("Result<char, bool> {} {}", size_of::<Result<char, bool>>(), align_of::<Result<char, bool>>());
    println!("Option<[String; 2]> {} {}", size_of::<Option<[String; 2]>>(), align_of::<Option<[String; 2]>>());
    println!("Result<Box<i32>, ()> {} {}", size_of::<Result<Box<i32>, ()>>(), align_of::<Result<Box<i32>, ()>>());
    println!("Option<Result<u8, u8>> {} {}", size_of::<Option<Result<u8, u8>>>(), align_of::<Option<Result<u8, u8>>>());
    println!("Option<Result<bool, bool>> {} {}", size_of::<Option<Result<bool, bool>>>(), align_of::<Option<Result<bool, bool>>>());
    println!("Result<[u8; 3], u16> {} {}", size_of::<Result<[u8; 3], u16>>(), align_of::<Result<[u8; 3], u16>>());
    println!("Option<(u16, char)> {} {}", size_of::<Option<(u16, char)>>(), align_of::<Option<(u16, char)>>());
}
