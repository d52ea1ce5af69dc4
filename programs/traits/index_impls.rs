//@ run-fail
// The program's Index and IndexMut impls: tuple, usize and &str indexes, a generic container, index_mut
// chosen where the place is written (assignment, +=, &mut, a &mut self method), through & and Box; a
// panic inside index reports the indexing expression, as std's #[track_caller] Index::index does.
use std::ops::{Index, IndexMut};
use std::fmt;

struct Grid {
    w: usize,
    h: usize,
    cells: Vec<i32>,
}

impl Index<(usize, usize)> for Grid {
    type Output = i32;
    fn index(&self, (r, c): (usize, usize)) -> &i32 {
        assert!(r < self.h && c < self.w, "cell ({}, {}) outside {}x{}", r, c, self.h, self.w);
        &self.cells[r * self.w + c]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i32 {
        println!("index_mut ({}, {})", r, c);
        &mut self.cells[r * self.w + c]
    }
}

struct Polynomial {
    coeffs: Vec<f64>,
}

impl Index<usize> for Polynomial {
    type Output = f64;
    fn index(&self, i: usize) -> &f64 {
        &self.coeffs[i]
    }
}

impl IndexMut<usize> for Polynomial {
    fn index_mut(&mut self, i: usize) -> &mut f64 {
        while i >= self.coeffs.len() {
            self.coeffs.push(0.0);
        }
        &mut self.coeffs[i]
    }
}

#[derive(Debug)]
struct Names {
    list: Vec<String>,
}

impl Index<&str> for Names {
    type Output = String;
    fn index(&self, key: &str) -> &String {
        for s in &self.list {
            if s.starts_with(key) {
                return s;
            }
        }
        panic!("no such name {}", key)
    }
}

struct Wrapper<T> {
    items: Vec<T>,
}

impl<T> Index<usize> for Wrapper<T> {
    type Output = T;
    fn index(&self, i: usize) -> &T {
        &self.items[self.items.len() - 1 - i]
    }
}

impl<T> IndexMut<usize> for Wrapper<T> {
    fn index_mut(&mut self, i: usize) -> &mut T {
        let n = self.items.len();
        &mut self.items[n - 1 - i]
    }
}

impl fmt::Display for Grid {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.h {
            for c in 0..self.w {
                write!(f, "{} ", self[(r, c)])?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

fn total(g: &Grid) -> i32 {
    let mut s = 0;
    for r in 0..g.h {
        for c in 0..g.w {
            s += g[(r, c)];
        }
    }
    s
}

fn main() {
    let mut g = Grid { w: 3, h: 2, cells: vec![0; 6] };
    g[(0, 1)] = 5;
    g[(1, 2)] += 7;
    let cell = &mut g[(1, 0)];
    *cell = -1;
    println!("{}", g[(0, 1)]);
    print!("{}", g);
    println!("total {}", total(&g));
    let r = &g;
    println!("{}", r[(1, 2)]);

    let mut p = Polynomial { coeffs: vec![1.0, 2.0] };
    p[4] = 3.5;
    println!("{:?} {}", p.coeffs, p[1]);

    let names = Names { list: vec!["alice".to_string(), "bob".to_string()] };
    println!("{} {}", names["al"], names["b"].len());
    let first: &String = &names["bo"];
    println!("{}", first);

    let mut w = Wrapper { items: vec![String::from("a"), String::from("b")] };
    w[0].push('!');
    println!("{} {}", w[0], w[1]);
    let s = w[1].clone();
    println!("{}", s);
    let mut nums = Wrapper { items: vec![1, 2, 3] };
    nums[0] *= 10;
    let x = nums[2];
    println!("{:?} {}", nums.items, x);
    let mut boxed = Box::new(Grid { w: 1, h: 1, cells: vec![9] });
    boxed[(0, 0)] += 1;
    println!("{}", boxed[(0, 0)]);
    println!("{}", g[(5, 5)]);
}
