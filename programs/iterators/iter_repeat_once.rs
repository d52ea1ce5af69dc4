// std::iter::repeat and std::iter::once, with std's size hints (both TrustedLen: collect sizes exactly).
use std::iter;
use std::iter::repeat;
fn main() {
    let v: Vec<i32> = iter::repeat(7).take(3).collect();
    println!("{:?} {}", v, v.capacity());
    let s: String = repeat('-').take(5).collect();
    println!("{}", s);
    let names: Vec<String> = std::iter::repeat(String::from("ab")).take(2).collect();
    println!("{:?}", names);
    let w: Vec<i32> = std::iter::once(1).chain(2..4).collect();
    println!("{:?}", w);
    let z: Vec<(i32, char)> = (1..4).zip(repeat('x')).collect();
    println!("{:?}", z);
    for x in iter::once("only") { println!("{}", x); }
    let total: i32 = iter::once(5).chain(iter::once(6)).sum();
    println!("{}", total);
    extra();
}
fn extra() {
    let a: Vec<u8> = std::iter::once(1u8).chain([2, 3]).collect();
    let b: Vec<u8> = std::iter::once(1u8).collect();
    let c: Vec<u8> = std::iter::once(1u8).chain(std::iter::repeat(0).take(6)).collect();
    println!("{} {} {}", a.capacity(), b.capacity(), c.capacity());
}
