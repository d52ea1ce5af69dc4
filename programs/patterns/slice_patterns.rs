// Slice patterns on arrays (by value and by reference) and slices (`&[T]`, `as_slice`, `&v[..]`), in
// match, if let, let and while let, with bindings by value and by reference (default binding modes).
fn describe(s: &[i32]) -> String {
    match s {
        [] => "empty".to_string(),
        [x] => format!("one: {}", x),
        [first, .., last] if first == last => format!("same ends {}", first),
        [first, second, rest @ ..] => format!("{} then {} and {} more", first, second, rest.len()),
    }
}

fn sum(s: &[i32]) -> i32 {
    match s {
        [] => 0,
        [head, tail @ ..] => head + sum(tail),
    }
}

fn middle(s: &[String]) -> Option<&[String]> {
    if let [_, mid @ .., _] = s { Some(mid) } else { None }
}

fn bump(s: &mut [i32]) {
    if let [first, .., last] = s {
        *first += 100;
        *last += 1000;
    }
    match s {
        [a, b, ..] => std::mem::swap(a, b),
        _ => {}
    }
}

fn main() {
    println!("{}", describe(&[]));
    println!("{}", describe(&[7]));
    println!("{}", describe(&[4, 5, 4]));
    println!("{}", describe(&[1, 2, 3, 4, 5]));
    let v = vec![10, 20, 30];
    println!("{}", sum(&v));
    println!("{}", describe(v.as_slice()));
    println!("{}", describe(&v[1..]));
    match &v[..] {
        [a, b, c] => println!("three {} {} {}", a, b, c),
        _ => println!("other"),
    }

    // Arrays by value: the pattern's length must be the array's.
    let arr = [1, 2, 3, 4];
    let [a, b, c, d] = arr;
    println!("{} {} {} {}", a, b, c, d);
    let [first, rest @ ..] = arr;
    println!("{} {:?} {}", first, rest, rest.len());
    let [.., x, y] = arr;
    println!("{} {}", x, y);
    match arr {
        [1, _, _, 5] => println!("no"),
        [1, mid @ .., 4] => println!("mid {:?}", mid),
        _ => println!("other"),
    }
    // Arrays by reference bind by reference.
    let r = &arr;
    let [p, ..] = r;
    let q: &i32 = p;
    println!("{}", q);
    if let [_, second, ..] = &arr {
        println!("second {}", second);
    }
    let mut m = [1, 2, 3];
    if let [x, .., z] = &mut m {
        *x = 9;
        *z *= 10;
    }
    println!("{:?}", m);
    let [ref mut h, ..] = m;
    *h += 1;
    println!("{:?}", m);

    // Strings: moved out of an array by value, borrowed from a slice.
    let names = [String::from("ann"), String::from("bob"), String::from("cy")];
    let slice: &[String] = &names;
    if let [one, two, ..] = slice {
        println!("{} {}", one, two.len());
    }
    println!("{:?}", middle(&names));
    println!("{:?}", middle(&names[..2]));
    let [n0, _, n2] = names;
    println!("{} {}", n0, n2);

    let mut nums = vec![1, 2, 3, 4];
    bump(&mut nums);
    println!("{:?}", nums);

    // while let peels a slice.
    let mut rest: &[i32] = &[5, 6, 7, 8, 9];
    while let [head, tail @ ..] = rest {
        print!("{} ", head);
        rest = tail;
    }
    println!();
    let mut pairs: &[i32] = &[1, 2, 3, 4, 5];
    while let [a, b, tail @ ..] = pairs {
        print!("({} {}) ", a, b);
        pairs = tail;
    }
    println!("left {:?}", pairs);

    // Nested and literal subpatterns, chars, tuples of slices.
    let words = ["a", "bb", "ccc"];
    match words {
        ["a", w, ..] => println!("starts with a then {}", w),
        _ => println!("no"),
    }
    let cs = ['x', 'y'];
    match cs {
        ['x', 'y'] => println!("xy"),
        [_, _] => println!("other"),
    }
    let grid = [[1, 2], [3, 4]];
    let [[a1, _], [_, b2]] = grid;
    println!("{} {}", a1, b2);
    let opt: Option<&[u8]> = Some(&[104, 105]);
    if let Some([h, i]) = opt {
        println!("{} {}", h, i);
    }
    let t: (&[i32], bool) = (&[3, 4], true);
    match t {
        ([], _) => println!("empty"),
        ([x, ..], true) => println!("first {}", x),
        ([_, ..], false) => println!("false"),
    }
    let bools = [true, false];
    match bools {
        [true, true] => println!("tt"),
        [true, false] => println!("tf"),
        [false, _] => println!("f_"),
    }
    let e: [i32; 0] = [];
    let [] = e;
    match e {
        [] => println!("zero-length array"),
    }
}
