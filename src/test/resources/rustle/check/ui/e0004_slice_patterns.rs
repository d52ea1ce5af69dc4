//@ check-fail
// Slice and array patterns split by length as rustc does: the lengths below the longest pattern are
// checked one by one and one `[_, .., _]` stands for the longer ones.
fn check(s: &[i32], a: [i32; 3], t: [bool; 2], p: (&[u8], bool)) {
    match s { //~ ERROR non-exhaustive patterns: `&[_, _, ..]` not covered
        [] => {}
        [x] => println!("{}", x),
    }
    match s { //~ ERROR non-exhaustive patterns: `&[]`, `&[_]` and `&[_, _, _, ..]` not covered
        [a, b] => println!("{} {}", a, b),
    }
    match s { //~ ERROR non-exhaustive patterns: `&[i32::MIN..=0_i32, ..]` and `&[2_i32..=i32::MAX, ..]` not covered
        [1, ..] => {}
        [] => {}
    }
    match s { //~ ERROR non-exhaustive patterns: `&[]` not covered
        [_, _, _, _, ..] => {}
        [.., 1] => {}
    }
    match a { //~ ERROR non-exhaustive patterns: `[i32::MIN..=0_i32, _, _]` and `[2_i32..=i32::MAX, _, _]` not covered
        [1, _, _] => {}
    }
    match &a { //~ ERROR non-exhaustive patterns: `&[.., i32::MIN..=4_i32]` and `&[.., 6_i32..=i32::MAX]` not covered
        [.., 5] => {}
    }
    match t { //~ ERROR non-exhaustive patterns: `[false, false]` not covered
        [true, _] => {}
        [_, true] => {}
    }
    match p { //~ ERROR non-exhaustive patterns: `(&[_, ..], _)` not covered
        ([], _) => {}
    }
    let [x, ..] = s; //~ ERROR E0005
    println!("{}", x);
}

fn main() {
    check(&[1], [1, 2, 3], [true, true], (&[], true));
}
