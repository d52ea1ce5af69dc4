// std's PartialEq impls between sequences and between String and &str: a Vec equals an array or a
// slice with the same elements, and two different slices of one vector are not equal.
fn main() {
    let v = vec![1, 2, 3];
    let a: &[i32] = &v[..1];
    let b: &[i32] = &v[1..2];
    println!("{} {}", a == b, &v[..1] == &v[1..2]);
    println!("{} {}", &v[1..2] == &v[1..2], a != b);
    println!("{} {}", v == [1, 2, 3], v == [1, 2, 4]);
    println!("{} {}", &v[..2] == [1, 2], [1, 2, 3] == &v[..]);
    println!("{} {}", v == vec![1, 2, 3], v != vec![1, 2]);
    let names = vec![String::from("a"), String::from("b")];
    println!("{}", names == ["a", "b"]);
    let s = String::from("ab");
    assert_eq!(s, "ab");
    assert_eq!("ab", s);
    assert_eq!(v, [1, 2, 3]);
    assert_ne!(&v[..1], &v[1..2]);
    println!("done");
}
