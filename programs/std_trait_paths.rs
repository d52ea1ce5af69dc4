// Methods of PartialEq, PartialOrd, Ord, Clone and Default named by a path or called as methods where
// the impl is derived or std's: `T::eq(a, b)`, `PartialEq::eq(&x, &y)`, `.sort_by(Ord::cmp)`,
// `.map(Clone::clone)`, `unwrap_or_else(Default::default)`, `a.eq(b)` under a `T: PartialEq` bound.
#[derive(PartialEq, PartialOrd, Debug, Clone)]
struct Version {
    major: u32,
    minor: u32,
}

fn same<T: PartialEq>(a: &T, b: &T) -> bool {
    T::eq(a, b)
}

fn differ<T: PartialEq>(a: &T, b: &T) -> bool {
    a.ne(b)
}

fn older<T: PartialOrd>(a: &T, b: &T) -> bool {
    PartialOrd::lt(a, b)
}

fn main() {
    let v1 = Version { major: 1, minor: 2 };
    let v2 = Version { major: 1, minor: 3 };
    println!("{} {} {}", same(&v1, &v1.clone()), differ(&v1, &v2), older(&v2, &v1));
    println!("{} {}", PartialEq::eq(&3, &3), <Version as PartialEq>::eq(&v1, &v2));
    println!("{:?} {:?}", Ord::cmp(&"pear", &"apple"), PartialOrd::partial_cmp(&1.0, &f64::NAN));
    println!("{} {} {}", v1.eq(&v2), v1.le(&v2), 2.5f64.ge(&2.5));
    println!("{} {}", "abc".eq("abc"), 'x'.gt(&'y'));

    let mut words = vec!["kiwi", "fig", "apple"];
    words.sort_by(Ord::cmp);
    println!("{:?}", words);
    let owned: Vec<String> = vec![String::from("a"), String::from("b")];
    let copies: Vec<String> = owned.iter().map(Clone::clone).collect();
    println!("{:?} {:?}", copies, String::clone(&owned[1]));
    println!("{:?}", Version::clone(&v2));
    let missing: Option<Vec<i32>> = None;
    let filled = missing.unwrap_or_else(Default::default);
    println!("{:?}", filled);
}
